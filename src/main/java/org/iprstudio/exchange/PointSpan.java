package org.iprstudio.exchange;

import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.TimeSpan;

/**
 * The stretch of video an exchange format shows for a moment. A moment with a span shows its span;
 * one without (or with a span of zero length) shows {@link #POINT_SPAN_MS} from its exact anchor,
 * because ELAN's editor refuses annotations of zero length and no QDA tool is known to handle empty
 * selections; at the very end of the video the stretch ends at the anchor instead. The anchor itself
 * is always written too. Why one second: docs/decisions/0012-exports.md.
 */
public final class PointSpan {
    public static final long POINT_SPAN_MS = 1000;

    private PointSpan() {
    }

    /** True when the moment has no span of its own to show. */
    public static boolean isPoint(Moment m) {
        return m.span() == null || m.span().length().millis() == 0;
    }

    /** @param duration the video's length, or null when unknown */
    public static TimeSpan shown(Moment m, MediaTime duration) {
        if (!isPoint(m)) {
            return m.span();
        }
        long anchor = m.anchor().millis();
        if (duration != null && anchor + POINT_SPAN_MS > duration.millis()) {
            return new TimeSpan(MediaTime.ofMillis(Math.max(0, anchor - POINT_SPAN_MS)), MediaTime.ofMillis(Math.max(anchor, 1)));
        }
        return new TimeSpan(m.anchor(), MediaTime.ofMillis(anchor + POINT_SPAN_MS));
    }
}
