package org.iprstudio.domain;

/** What a case attribute describes: a person in the study or a dyad. */
public enum AttributeTarget {
    PARTICIPANT, DYAD
}
