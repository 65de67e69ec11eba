package org.iprstudio.domain;

/** A rule of the study was broken; the message says which and how to put it right. */
public class DomainException extends IllegalArgumentException {
    public DomainException(String message) {
        super(message);
    }
}
