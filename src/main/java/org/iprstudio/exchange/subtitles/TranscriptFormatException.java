package org.iprstudio.exchange.subtitles;

import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;

/** A transcript file that cannot be read as a whole; names the line at fault so it can be corrected. */
public final class TranscriptFormatException extends RuntimeException implements HasUserMessage {
    private final int line;
    private final transient UserMessage userMessage;

    TranscriptFormatException(int line, UserMessage problem) {
        this(line, ExchangeMessages.of("transcriptFormat.line", line, problem), null);
    }

    private TranscriptFormatException(int line, UserMessage message, Void whole) {
        super(message.english());
        this.line = line;
        this.userMessage = message;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }

    /** The 1-based line of the file where the problem is. */
    public int line() {
        return line;
    }
}
