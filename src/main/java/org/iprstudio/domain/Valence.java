package org.iprstudio.domain;

/** Direction of a moment's helpfulness rating: below 5 hindering, 5 neutral, above 5 helpful (HAT). */
public enum Valence {
    HINDERING, NEUTRAL, HELPFUL
}
