package org.iprstudio.domain;

/** Where a theme stands in thematic analysis (Braun and Clarke): candidate, reviewed, final. */
public enum ThemeStatus {
    CANDIDATE, REVIEWED, FINAL
}
