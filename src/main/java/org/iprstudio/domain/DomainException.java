package org.iprstudio.domain;

/** A rule of the study was broken; the message says which and how to put it right. */
public class DomainException extends IllegalArgumentException implements HasUserMessage {
    private final UserMessage userMessage;

    public DomainException(UserMessage message) {
        super(message.english());
        this.userMessage = message;
    }

    public DomainException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.userMessage = message;
    }

    /** Text with no key: kept for messages that come from elsewhere already written. */
    public DomainException(String message) {
        this(UserMessage.plain(message));
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
