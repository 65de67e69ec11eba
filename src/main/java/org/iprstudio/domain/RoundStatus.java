package org.iprstudio.domain;

/** A coding round is open while its coders code blind, closed once the lead has closed it for comparison. */
public enum RoundStatus {
    OPEN, CLOSED
}
