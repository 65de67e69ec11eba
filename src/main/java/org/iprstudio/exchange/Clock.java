package org.iprstudio.exchange;

import org.iprstudio.domain.MediaTime;

/**
 * {@link MediaTime#toClock()} ("HH:MM:SS.mmm") without String.format, which dominated the time of
 * a million-row export. Same text, checked against toClock in ClockTest.
 */
public final class Clock {
    private Clock() {
    }

    public static String of(MediaTime time) {
        long millis = time.millis();
        long h = millis / 3_600_000;
        StringBuilder text = new StringBuilder(12);
        if (h < 10) {
            text.append('0');
        }
        text.append(h).append(':');
        two(text, millis / 60_000 % 60).append(':');
        two(text, millis / 1000 % 60).append('.');
        long ms = millis % 1000;
        if (ms < 100) {
            text.append('0');
        }
        if (ms < 10) {
            text.append('0');
        }
        return text.append(ms).toString();
    }

    private static StringBuilder two(StringBuilder text, long value) {
        return (value < 10 ? text.append('0') : text).append(value);
    }
}
