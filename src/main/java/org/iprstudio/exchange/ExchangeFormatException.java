package org.iprstudio.exchange;

/**
 * A file from another tool could not be read: foreign, damaged, or missing what the import needs.
 * The message names the file, says what is wrong and what to do; nothing was imported.
 */
public class ExchangeFormatException extends RuntimeException implements org.iprstudio.domain.HasUserMessage {
    private static final long serialVersionUID = 1L;
    private final transient org.iprstudio.domain.UserMessage userMessage;

    public ExchangeFormatException(org.iprstudio.domain.UserMessage message) {
        this(message, null);
    }

    public ExchangeFormatException(org.iprstudio.domain.UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.userMessage = message;
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public ExchangeFormatException(String message) {
        this(org.iprstudio.domain.UserMessage.plain(message), null);
    }

    public ExchangeFormatException(String message, Throwable cause) {
        this(org.iprstudio.domain.UserMessage.plain(message), cause);
    }

    @Override
    public org.iprstudio.domain.UserMessage userMessage() {
        return userMessage;
    }
}
