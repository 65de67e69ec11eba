package org.iprstudio.exchange;

/**
 * A file from another tool could not be read: foreign, damaged, or missing what the import needs.
 * The message names the file, says what is wrong and what to do; nothing was imported.
 */
public class ExchangeFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExchangeFormatException(String message) {
        super(message);
    }

    public ExchangeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
