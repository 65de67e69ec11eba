package org.iprstudio.exchange.subtitles;

/** A transcript file that cannot be read as a whole; names the line at fault so it can be corrected. */
public final class TranscriptFormatException extends RuntimeException {
    private final int line;

    TranscriptFormatException(int line, String problem) {
        super("Line " + line + ": " + problem + " Nothing was imported.");
        this.line = line;
    }

    /** The 1-based line of the file where the problem is. */
    public int line() {
        return line;
    }
}
