package org.iprstudio.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point or a length of time in a session video, in whole milliseconds (as ELAN keeps it):
 * every signature that speaks of time uses this type, never a bare long.
 */
public record MediaTime(long millis) implements Comparable<MediaTime> {
    public static final MediaTime ZERO = new MediaTime(0);
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?");

    public MediaTime {
        if (millis < 0) {
            throw new DomainException(DomainMessages.of("mediaTime.timeCannotNegativeMs", millis));
        }
    }

    public static MediaTime ofMillis(long millis) {
        return new MediaTime(millis);
    }

    public static MediaTime ofSeconds(double seconds) {
        return new MediaTime(Math.round(seconds * 1000));
    }

    /** Reads "HH:MM:SS.mmm", "MM:SS", "MM:SS.m" and the like; the fraction is a decimal fraction of a second. */
    public static MediaTime parse(String text) {
        Matcher m = CLOCK.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new DomainException(DomainMessages.of("mediaTime.timeWriteHhMm", text));
        }
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (minutes > 59 && m.group(1) != null || seconds > 59) {
            throw new DomainException(DomainMessages.of("mediaTime.timeMinutesSecondsRun", text));
        }
        String fraction = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
        try {
            long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long total = Math.addExact(Math.multiplyExact(Math.addExact(Math.multiplyExact(Math.addExact(Math.multiplyExact(hours, 60), minutes), 60), seconds), 1000),
                    Long.parseLong(fraction));
            return new MediaTime(total);
        } catch (NumberFormatException | ArithmeticException e) { // more hours than a time in milliseconds can hold
            throw new DomainException(DomainMessages.of("mediaTime.tooLargeTimeTime", text));
        }
    }

    public MediaTime plus(MediaTime other) {
        return new MediaTime(millis + other.millis);
    }

    /** This time less another, never below zero. */
    public MediaTime minusClamped(MediaTime other) {
        return new MediaTime(Math.max(0, millis - other.millis));
    }

    public boolean isAfter(MediaTime other) {
        return millis > other.millis;
    }

    public boolean isBefore(MediaTime other) {
        return millis < other.millis;
    }

    public double seconds() {
        return millis / 1000.0;
    }

    @Override
    public int compareTo(MediaTime other) {
        return Long.compare(millis, other.millis);
    }

    /** "HH:MM:SS.mmm", the canonical text form (also used in study.json). */
    public String toClock() {
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long s = millis / 1000 % 60;
        return String.format("%02d:%02d:%02d.%03d", h, m, s, millis % 1000);
    }

    /** A short form for people: "2:40" or "1:02:40", tenths only when there are any. */
    public String toShortClock() {
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long s = millis / 1000 % 60;
        long tenths = millis % 1000 / 100;
        String base = h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
        return millis % 1000 == 0 ? base : base + "." + tenths;
    }

    @Override
    public String toString() {
        return toClock();
    }
}
