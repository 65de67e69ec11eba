package org.iprstudio.domain;

/** Whether a recall interview took place. A missing one is data too (47 of 48 in the model study). */
public enum PassStatus {
    PLANNED, DONE, MISSING
}
