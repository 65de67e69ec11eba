package org.iprstudio.exchange.subtitles;

import java.util.List;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.exchange.ExchangeMessages;

/**
 * Reads a transcript file (SubRip, WebVTT or plain text with timestamps) into transcript lines in
 * time order. All or nothing: a broken timestamp or a line past the video's end refuses the whole
 * file with that line's number.
 */
public final class TranscriptFile {
    private TranscriptFile() {
    }

    /**
     * @param fileName  used to tell the format (.srt, .vtt, anything else is looked at)
     * @param text      the file's contents, decoded
     * @param videoEnd  the session video's length, or null when it is not known
     */
    public static List<TranscriptCue> parse(String fileName, String text, MediaTime videoEnd) {
        List<String> lines = SourceLines.of(text);
        SubtitleFormat format = SubtitleFormat.detect(fileName, lines);
        List<RawCue> raw = switch (format) {
            case SUBRIP -> SubRipParser.read(lines);
            case WEBVTT -> WebVttParser.read(lines);
            case PLAIN_TEXT -> PlainTextParser.read(lines);
        };
        if (raw.isEmpty()) {
            throw new TranscriptFormatException(1, ExchangeMessages.of("transcriptFile.fileHoldsTimedLines"));
        }
        return CueList.finish(raw, videoEnd);
    }

    public static SubtitleFormat formatOf(String fileName, String text) {
        return SubtitleFormat.detect(fileName, SourceLines.of(text));
    }
}
