package org.iprstudio.domain;

/** The researcher's verdict on a suggested pair; manual pairs are confirmed by being made. */
public enum PairDecision {
    SUGGESTED, CONFIRMED, REJECTED
}
