package org.iprstudio.exchange.subtitles;

import org.iprstudio.domain.MediaTime;

/** A "start --> end [settings]" line; the end may be missing (then it is null). */
final class Timing {
    private Timing() {
    }

    static MediaTime[] read(String line, int lineNumber) {
        int arrow = line.indexOf("-->");
        MediaTime start = Timestamps.parse(line.substring(0, arrow), lineNumber);
        String rest = line.substring(arrow + 3).strip();
        if (rest.isEmpty()) {
            return new MediaTime[] {start, null};
        }
        String end = rest.split("[ \\t]+", 2)[0]; // WebVTT cue settings follow the end
        return new MediaTime[] {start, Timestamps.parse(end, lineNumber)};
    }
}
