package org.iprstudio.analysis.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.analysis.Pairing;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairingWindow;

/**
 * How often two perspectives stopped at the same exchange: the moments of one matched one to
 * one with the other's by {@link Pairing} (the most matches within the window, then the
 * smallest total time difference), M matches of n_1 and n_2 marks, agreement 2M / (n_1 + n_2)
 * (the share of all marks that found a partner; the F1 or positive specific agreement), and the
 * matched partners' time offsets (second's anchor minus first's; for client and therapist the
 * therapist's minus the client's). The researchers' own pair decisions do not enter: this is
 * the agreement of the marks themselves.
 */
public record MarkAgreement(int matches, int firstMarks, int secondMarks, List<Long> offsetsMillis) {
    /** The windows of the agreement curve: 0 to 60 s in steps of 5 s. */
    public static final List<MediaTime> CURVE_WINDOWS = curveWindows();

    public MarkAgreement {
        offsetsMillis = List.copyOf(offsetsMillis);
    }

    /** Two perspectives' moments of one session (or of two observers). */
    public record Marks(List<Moment> first, List<Moment> second) {
        public Marks {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    /** Agreement at one window of the curve: counts only (how many matched), without the offsets. */
    public record CurvePoint(MediaTime window, MarkAgreement agreement) {
    }

    /** The distribution of the matched partners' offsets in milliseconds; quartiles interpolated linearly (R's type 7). */
    public record Offsets(long min, double lowerQuartile, double median, double upperQuartile, long max, int count) {
    }

    public static MarkAgreement of(Marks marks, PairingWindow window) {
        List<Pairing.Candidate> matched = Pairing.suggest(marks.first(), marks.second(), window, Set.of(), Set.of());
        return new MarkAgreement(matched.size(), marks.first().size(), marks.second().size(),
                matched.stream().map(Pairing.Candidate::deltaMillis).toList());
    }

    /** Several sessions together: matches, marks and offsets summed. */
    public static MarkAgreement pooled(Collection<MarkAgreement> parts) {
        int m = 0;
        int a = 0;
        int b = 0;
        List<Long> offsets = new ArrayList<>();
        for (MarkAgreement part : parts) {
            m += part.matches;
            a += part.firstMarks;
            b += part.secondMarks;
            offsets.addAll(part.offsetsMillis);
        }
        return new MarkAgreement(m, a, b, offsets);
    }

    /**
     * Agreement as the window widens, over all the given sessions together: at each window w a
     * mark matches a mark of the other side whose anchor lies at most w before or after its own
     * (a symmetric window, anchors only, so that 0 s means the very same instant). With points on
     * one line and one distance for all, the most matches are found by a sweep (always the
     * earliest mark left, with the earliest of the other side if it is near enough, else alone):
     * linear for each window, where the assignment {@link #of} uses would be cubic. The points
     * carry counts only: the offsets belong to the study's own window ({@link #of}), and a study
     * of a million marks would otherwise keep 61 copies of them.
     */
    public static List<CurvePoint> curve(List<Marks> sessions, List<MediaTime> windows) {
        List<long[][]> anchors = sessions.stream().map(s -> new long[][] {sortedAnchors(s.first()), sortedAnchors(s.second())}).toList();
        List<CurvePoint> curve = new ArrayList<>();
        for (MediaTime w : windows) {
            List<MarkAgreement> parts = new ArrayList<>();
            for (long[][] session : anchors) {
                parts.add(sweep(session[0], session[1], w.millis()));
            }
            curve.add(new CurvePoint(w, pooled(parts)));
        }
        return curve;
    }

    /** The most one-to-one matches of two sorted anchor lists within +-w (an exchange argument shows the earliest mark's best partner is the other side's earliest). */
    static MarkAgreement sweep(long[] first, long[] second, long w) {
        int matches = 0;
        int i = 0;
        int j = 0;
        while (i < first.length && j < second.length) {
            long delta = second[j] - first[i];
            if (Math.abs(delta) <= w) {
                matches++;
                i++;
                j++;
            } else if (delta > 0) {
                i++; // the first side's mark is too early for every mark left on the other side
            } else {
                j++;
            }
        }
        return new MarkAgreement(matches, first.length, second.length, List.of());
    }

    private static long[] sortedAnchors(List<Moment> moments) {
        return moments.stream().mapToLong(m -> m.anchor().millis()).sorted().toArray();
    }

    /** 2M / (n_1 + n_2); undefined when neither side marked anything. */
    public Estimate proportion() {
        int marks = firstMarks + secondMarks;
        if (marks == 0) {
            return Estimate.undefined(AnalysisMessages.of("estimate.nothingMarked"));
        }
        return Estimate.of(2.0 * matches / marks);
    }

    public int firstOnly() {
        return firstMarks - matches;
    }

    public int secondOnly() {
        return secondMarks - matches;
    }

    /** Empty when nothing matched. */
    public Optional<Offsets> offsets() {
        if (offsetsMillis.isEmpty()) {
            return Optional.empty();
        }
        long[] sorted = offsetsMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        return Optional.of(new Offsets(sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75),
                sorted[sorted.length - 1], sorted.length));
    }

    private static double quantile(long[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    private static List<MediaTime> curveWindows() {
        List<MediaTime> windows = new ArrayList<>();
        for (int s = 0; s <= 60; s += 5) {
            windows.add(MediaTime.ofSeconds(s));
        }
        return List.copyOf(windows);
    }
}
