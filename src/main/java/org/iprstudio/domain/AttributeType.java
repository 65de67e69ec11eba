package org.iprstudio.domain;

/** The kind of value a case attribute takes. */
public enum AttributeType {
    TEXT, NUMBER, CHOICE
}
