package org.iprstudio.store;

/**
 * The study file could not be read or written. The message is for the user: it says what is
 * wrong and what to do, and it says whether anything was changed (it never is on failure).
 */
public class StoreException extends RuntimeException implements org.iprstudio.domain.HasUserMessage {
    private final Reason reason;
    private final org.iprstudio.domain.UserMessage userMessage;

    public enum Reason {
        NOT_FOUND, NOT_A_STUDY, FOREIGN_DATABASE, DAMAGED, NEWER_VERSION, LOCKED, DISK_FULL, READ_ONLY, IO,
        /** A new file was not written because there is already a file of that name. */
        EXISTS
    }

    public StoreException(Reason reason, org.iprstudio.domain.UserMessage message) {
        this(reason, message, null);
    }

    public StoreException(Reason reason, org.iprstudio.domain.UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.reason = reason;
        this.userMessage = message;
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public StoreException(Reason reason, String message) {
        this(reason, org.iprstudio.domain.UserMessage.plain(message), null);
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        this(reason, org.iprstudio.domain.UserMessage.plain(message), cause);
    }

    @Override
    public org.iprstudio.domain.UserMessage userMessage() {
        return userMessage;
    }

    public Reason reason() {
        return reason;
    }
}
