package org.iprstudio.exchange.subtitles;

/** A transcript file that cannot be read as a whole; names the line at fault so it can be corrected. */
public final class TranscriptFormatException extends RuntimeException implements org.iprstudio.domain.HasUserMessage {
    private final int line;
    private final transient org.iprstudio.domain.UserMessage userMessage;

    TranscriptFormatException(int line, org.iprstudio.domain.UserMessage problem) {
        this(line, org.iprstudio.exchange.ExchangeMessages.of("transcriptFormat.line", line, problem), null);
    }

    private TranscriptFormatException(int line, org.iprstudio.domain.UserMessage message, Void whole) {
        super(message.english());
        this.line = line;
        this.userMessage = message;
    }

    @Override
    public org.iprstudio.domain.UserMessage userMessage() {
        return userMessage;
    }

    /** The 1-based line of the file where the problem is. */
    public int line() {
        return line;
    }
}
