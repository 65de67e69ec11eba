package org.iprstudio.domain;

/** A stretch of a session video, start inclusive, end inclusive; start never after end. */
public record TimeSpan(MediaTime start, MediaTime end) {
    public TimeSpan {
        Require.present(start, "The start of a span");
        Require.present(end, "The end of a span");
        Require.that(!start.isAfter(end),
                () -> "A span cannot end (" + end.toClock() + ") before it starts (" + start.toClock() + ").");
    }

    public boolean contains(MediaTime time) {
        return !time.isBefore(start) && !time.isAfter(end);
    }

    public boolean overlaps(TimeSpan other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public MediaTime length() {
        return new MediaTime(end.millis() - start.millis());
    }
}
