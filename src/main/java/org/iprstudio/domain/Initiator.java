package org.iprstudio.domain;

/** Who stopped the video for a moment. */
public enum Initiator {
    PARTICIPANT, INTERVIEWER
}
