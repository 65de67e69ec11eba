package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;

/**
 * The moments of one lane ordered by where they start on screen (the earlier of span start and
 * anchor), so that the moments touching a time window are found by binary search instead of a
 * scan: a timeline with 100,000 moments paints only what is visible.
 */
public final class MomentTimeIndex {
    private final Moment[] moments;
    private final long[] starts;
    private final long[] ends;
    private final long longestExtent;

    public MomentTimeIndex(List<Moment> unordered) {
        moments = unordered.toArray(new Moment[0]);
        Arrays.sort(moments, Comparator.comparingLong(MomentTimeIndex::extentStart).thenComparing(Moment::anchor));
        starts = new long[moments.length];
        ends = new long[moments.length];
        long longest = 0;
        for (int i = 0; i < moments.length; i++) {
            starts[i] = extentStart(moments[i]);
            ends[i] = extentEnd(moments[i]);
            longest = Math.max(longest, ends[i] - starts[i]);
        }
        longestExtent = longest;
    }

    /** Where a moment begins on a timeline: its span start, or its anchor if it has no span (or a span after the anchor). */
    public static long extentStart(Moment m) {
        return m.span() == null ? m.anchor().millis() : Math.min(m.span().start().millis(), m.anchor().millis());
    }

    public static long extentEnd(Moment m) {
        return m.span() == null ? m.anchor().millis() : Math.max(m.span().end().millis(), m.anchor().millis());
    }

    public int size() {
        return moments.length;
    }

    /** Calls {@code visit} for every moment whose extent touches [from, to], in start order. */
    public void forEachTouching(MediaTime from, MediaTime to, Consumer<Moment> visit) {
        long lo = from.millis();
        long hi = to.millis();
        int i = firstStartAtOrAfter(lo - longestExtent);
        for (; i < moments.length && starts[i] <= hi; i++) {
            if (ends[i] >= lo) {
                visit.accept(moments[i]);
            }
        }
    }

    public List<Moment> touching(MediaTime from, MediaTime to) {
        List<Moment> result = new ArrayList<>();
        forEachTouching(from, to, result::add);
        return result;
    }

    private int firstStartAtOrAfter(long time) {
        int lo = 0;
        int hi = moments.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
