package org.iprstudio.ui.timeline;

import org.iprstudio.domain.MediaTime;

/** Maps media time to pixels for the visible window of the timeline: [start, start + span] onto [left, left + width]. */
record TimeScale(long start, long span, int left, int width) {
    TimeScale {
        span = Math.max(1, span);
        width = Math.max(1, width);
    }

    double x(long millis) {
        return left + (millis - start) * (double) width / span;
    }

    long time(double x) {
        return start + Math.round((x - left) * span / (double) width);
    }

    double millisPerPixel() {
        return span / (double) width;
    }

    long end() {
        return start + span;
    }

    MediaTime startTime() {
        return MediaTime.ofMillis(Math.max(0, start));
    }

    MediaTime endTime() {
        return MediaTime.ofMillis(Math.max(0, end()));
    }
}
