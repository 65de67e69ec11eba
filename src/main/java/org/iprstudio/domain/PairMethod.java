package org.iprstudio.domain;

/** How a pair came to be: suggested by the program, or linked by a researcher. */
public enum PairMethod {
    AUTOMATIC, MANUAL
}
