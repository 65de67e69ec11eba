package org.iprstudio.exchange;

import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.UserMessage;

/**
 * A file from another tool could not be read: foreign, damaged, or missing what the import needs.
 * The message names the file, says what is wrong and what to do; nothing was imported.
 */
public class ExchangeFormatException extends RuntimeException implements HasUserMessage {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage userMessage;

    public ExchangeFormatException(UserMessage message) {
        this(message, null);
    }

    public ExchangeFormatException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.userMessage = message;
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public ExchangeFormatException(String message) {
        this(UserMessage.plain(message), null);
    }

    public ExchangeFormatException(String message, Throwable cause) {
        this(UserMessage.plain(message), cause);
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
