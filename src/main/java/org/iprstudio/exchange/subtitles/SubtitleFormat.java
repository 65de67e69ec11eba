package org.iprstudio.exchange.subtitles;

import java.util.List;
import java.util.Locale;

/** The transcript formats read, told apart by the file's name and, failing that, its first lines. */
public enum SubtitleFormat {
    SUBRIP, WEBVTT, PLAIN_TEXT;

    static SubtitleFormat detect(String fileName, List<String> lines) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".vtt")) {
            return WEBVTT;
        } else if (name.endsWith(".srt")) {
            return SUBRIP;
        }
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (first.startsWith("WEBVTT")) {
            return WEBVTT;
        }
        return lines.stream().limit(20).anyMatch(l -> l.contains("-->")) ? SUBRIP : PLAIN_TEXT;
    }
}
