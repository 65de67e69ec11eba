package org.iprstudio.domain;

/** A stretch of a session video, start inclusive, end inclusive; start never after end. */
public record TimeSpan(MediaTime start, MediaTime end) {
    public TimeSpan {
        Require.present(start, "what.startSpan");
        Require.present(end, "what.endSpan");
        Require.that(!start.isAfter(end),
                () -> DomainMessages.of("timeSpan.spanCannotEndBefore", end.toClock(), start.toClock()));
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
