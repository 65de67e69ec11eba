package org.iprstudio.ui.timeline;

import java.util.List;
import org.iprstudio.analysis.MomentTimeIndex;
import org.iprstudio.domain.Moment;

/**
 * One row of the timeline: a recall pass's moments, or the gap where a recall is missing. The
 * timeline draws only the lanes it is given; which lanes those are is decided by whoever owns it
 * (the researcher's window shows every pass, the recall screen only its own).
 */
public record TimelineLane(String key, String label, String detail, MomentTimeIndex moments, boolean missing) {

    public static TimelineLane of(String key, String label, String detail, List<Moment> moments) {
        return new TimelineLane(key, label, detail, new MomentTimeIndex(moments), false);
    }

    public static TimelineLane missing(String key, String label, String reason) {
        return new TimelineLane(key, label, reason, new MomentTimeIndex(List.of()), true);
    }
}
