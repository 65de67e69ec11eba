package org.iprstudio.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * The perspectives' mark agreement worked out the slow and obvious way, to check the program's
 * figures against: every way of matching the two sides one to one is tried (most matches first,
 * then the smallest total time difference), with the pairing rule written out again here.
 * Only for the handful of marks of a test session.
 */
public final class BruteForceMarks {
    private BruteForceMarks() {
    }

    /** M, n_1, n_2 and the matched offsets (second's anchor minus first's, sorted). */
    public record Result(int matches, int first, int second, List<Long> offsets) {
        public double agreement() {
            return 2.0 * matches / (first + second);
        }

        public static Result sum(List<Result> parts) {
            List<Long> offsets = new ArrayList<>();
            parts.forEach(p -> offsets.addAll(p.offsets));
            offsets.sort(null);
            return new Result(parts.stream().mapToInt(Result::matches).sum(), parts.stream().mapToInt(Result::first).sum(),
                    parts.stream().mapToInt(Result::second).sum(), offsets);
        }

        /** The p-quantile of the offsets, interpolated linearly between order statistics (R's type 7). */
        public double quantile(double p) {
            double h = (offsets.size() - 1) * p;
            int low = (int) Math.floor(h);
            int high = Math.min(offsets.size() - 1, low + 1);
            return offsets.get(low) + (h - low) * (offsets.get(high) - offsets.get(low));
        }
    }

    /** The client's and the therapist's moments of a session from its done passes; empty if either side has none done. */
    public static Optional<List<List<Moment>>> clientAndTherapist(Study study, Session session) {
        Map<Role, List<RecallPass>> done = study.passes().stream().filter(p -> p.sessionId().equals(session.id()) && p.status() == PassStatus.DONE)
                .collect(Collectors.groupingBy(RecallPass::perspective));
        if (!done.containsKey(Role.CLIENT) || !done.containsKey(Role.THERAPIST)) {
            return Optional.empty();
        }
        List<List<Moment>> sides = new ArrayList<>();
        for (Role role : List.of(Role.CLIENT, Role.THERAPIST)) {
            List<UUID> passIds = done.get(role).stream().map(RecallPass::id).toList();
            sides.add(study.moments().stream().filter(m -> passIds.contains(m.passId())).toList());
        }
        return Optional.of(sides);
    }

    /**
     * @param before how far the second's anchor may lie before the first's, in ms
     * @param after how far after
     * @param spans whether overlapping spans also match (the study's window does; the curve does not)
     */
    public static Result match(List<Moment> first, List<Moment> second, long before, long after, boolean spans) {
        boolean[][] can = new boolean[first.size()][second.size()];
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size(); j++) {
                Moment a = first.get(i);
                Moment b = second.get(j);
                long delta = b.anchor().millis() - a.anchor().millis();
                boolean overlap = spans && a.span() != null && b.span() != null
                        && a.span().start().millis() <= b.span().end().millis() && b.span().start().millis() <= a.span().end().millis();
                can[i][j] = overlap || delta >= -before && delta <= after;
            }
        }
        Search search = new Search(first, second, can);
        search.from(0, new boolean[second.size()], new ArrayList<>(), 0);
        List<Long> offsets = new ArrayList<>(search.bestOffsets);
        offsets.sort(null);
        return new Result(search.bestCount, first.size(), second.size(), offsets);
    }

    private static final class Search {
        final List<Moment> first;
        final List<Moment> second;
        final boolean[][] can;
        int bestCount = -1;
        long bestCost = Long.MAX_VALUE;
        List<Long> bestOffsets = List.of();

        Search(List<Moment> first, List<Moment> second, boolean[][] can) {
            this.first = first;
            this.second = second;
            this.can = can;
        }

        void from(int i, boolean[] used, List<Long> offsets, long cost) {
            if (offsets.size() + (first.size() - i) < bestCount) {
                return; // cannot reach the most matches any more
            }
            if (i == first.size()) {
                if (offsets.size() > bestCount || offsets.size() == bestCount && cost < bestCost) {
                    bestCount = offsets.size();
                    bestCost = cost;
                    bestOffsets = List.copyOf(offsets);
                }
                return;
            }
            for (int j = 0; j < second.size(); j++) {
                if (!used[j] && can[i][j]) {
                    long delta = second.get(j).anchor().millis() - first.get(i).anchor().millis();
                    used[j] = true;
                    offsets.add(delta);
                    from(i + 1, used, offsets, cost + Math.abs(delta));
                    offsets.remove(offsets.size() - 1);
                    used[j] = false;
                }
            }
            from(i + 1, used, offsets, cost);
        }
    }
}
