package org.iprstudio.domain;

/** How the researchers classify a dyad's relational course. */
public enum Trajectory {
    UNCLASSIFIED, POSITIVE, TROUBLED_FRAIL
}
