package org.iprstudio.store;

import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.UserMessage;

/**
 * The study file could not be read or written. The message is for the user: it says what is
 * wrong and what to do, and it says whether anything was changed (it never is on failure).
 */
public class StoreException extends RuntimeException implements HasUserMessage {
    private final Reason reason;
    private final UserMessage userMessage;

    public enum Reason {
        NOT_FOUND, NOT_A_STUDY, FOREIGN_DATABASE, DAMAGED, NEWER_VERSION, LOCKED, DISK_FULL, READ_ONLY, IO,
        /** A new file was not written because there is already a file of that name. */
        EXISTS
    }

    public StoreException(Reason reason, UserMessage message) {
        this(reason, message, null);
    }

    public StoreException(Reason reason, UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.reason = reason;
        this.userMessage = message;
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public StoreException(Reason reason, String message) {
        this(reason, UserMessage.plain(message), null);
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        this(reason, UserMessage.plain(message), cause);
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }

    public Reason reason() {
        return reason;
    }
}
