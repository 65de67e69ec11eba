package org.iprstudio.exchange.subtitles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.exchange.ExchangeMessages;

/** Reads the clock times of subtitle files: hh:mm:ss,mmm (SubRip), [hh:]mm:ss.mmm (WebVTT) and [hh:]mm:ss. */
final class Timestamps {
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

    private Timestamps() {
    }

    /** The time, or a refusal that names the line and shows the expected form. */
    static MediaTime parse(String text, int line) {
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) > 59 && m.group(1) != null || Integer.parseInt(m.group(3)) > 59) {
            throw new TranscriptFormatException(line, ExchangeMessages.of("timestamps.timestampWriteHhMm", text.strip()));
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long millis = m.group(4) == null ? 0 : Long.parseLong((m.group(4) + "00").substring(0, 3));
        return MediaTime.ofMillis(((hours * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000 + millis);
    }
}
