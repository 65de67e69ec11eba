package org.iprstudio.store;

/**
 * The study file could not be read or written. The message is for the user: it says what is
 * wrong and what to do, and it says whether anything was changed (it never is on failure).
 */
public class StoreException extends RuntimeException {
    private final Reason reason;

    public enum Reason {
        NOT_FOUND, NOT_A_STUDY, FOREIGN_DATABASE, DAMAGED, NEWER_VERSION, LOCKED, DISK_FULL, READ_ONLY, IO,
        /** A new file was not written because there is already a file of that name. */
        EXISTS
    }

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
