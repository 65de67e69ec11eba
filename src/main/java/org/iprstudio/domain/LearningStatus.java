package org.iprstudio.domain;

/** Where a trainee stands with a learning point. */
public enum LearningStatus {
    WORKING_ON, ACHIEVED
}
