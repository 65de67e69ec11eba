package org.iprstudio.exchange;

import java.io.IOException;
import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.UserMessage;

/** A file could not be written, said in the reader's language; getMessage() is the English text. */
public class KeyedIOException extends IOException implements HasUserMessage {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage userMessage;

    public KeyedIOException(UserMessage message) {
        this(message, null);
    }

    public KeyedIOException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.userMessage = message;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
