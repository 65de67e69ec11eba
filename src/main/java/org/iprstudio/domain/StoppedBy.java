package org.iprstudio.domain;

/** Who stopped the video in a supervision recall: both sit in front of it, and either may stop it. */
public enum StoppedBy {
    TRAINEE, SUPERVISOR
}
