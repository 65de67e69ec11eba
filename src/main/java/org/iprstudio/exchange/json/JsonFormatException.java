package org.iprstudio.exchange.json;

/** A study.json could not be read; the message says where and what is wrong. Nothing was imported. */
public class JsonFormatException extends RuntimeException implements org.iprstudio.domain.HasUserMessage {
    private final transient org.iprstudio.domain.UserMessage userMessage;

    public JsonFormatException(org.iprstudio.domain.UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.userMessage = message;
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public JsonFormatException(String message, Throwable cause) {
        this(org.iprstudio.domain.UserMessage.plain(message), cause);
    }

    @Override
    public org.iprstudio.domain.UserMessage userMessage() {
        return userMessage;
    }
}
