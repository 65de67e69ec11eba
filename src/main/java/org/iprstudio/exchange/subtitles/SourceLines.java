package org.iprstudio.exchange.subtitles;

import java.util.List;

/** A transcript file's text as lines: a leading byte order mark dropped, CRLF, CR and LF all ending a line. */
final class SourceLines {
    private SourceLines() {
    }

    static List<String> of(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(body.split("\r\n|\r|\n", -1));
    }
}
