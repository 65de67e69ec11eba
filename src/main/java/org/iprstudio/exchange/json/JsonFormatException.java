package org.iprstudio.exchange.json;

import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.UserMessage;

/** A study.json could not be read; the message says where and what is wrong. Nothing was imported. */
public class JsonFormatException extends RuntimeException implements HasUserMessage {
    private final transient UserMessage userMessage;

    public JsonFormatException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.userMessage = message;
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public JsonFormatException(String message, Throwable cause) {
        this(UserMessage.plain(message), cause);
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
