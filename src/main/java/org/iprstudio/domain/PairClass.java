package org.iprstudio.domain;

/** What a pair of moments from two perspectives says about agreement. */
public enum PairClass {
    CONVERGENT, DIVERGENT_VALENCE, DIVERGENT_MEANING
}
