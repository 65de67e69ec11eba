package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.Valence;

/**
 * Suggests which moments of two perspectives refer to the same exchange. Two moments may pair when
 * their spans overlap, or when the second's anchor lies from {@code before} earlier to
 * {@code after} later than the first's (the first is the client's when a client takes part:
 * therapists, like clients, stop after the exchange, usually a little later). Among all ways to
 * pair, the suggestion takes the most pairs, and among those the smallest total time difference:
 * an optimal assignment, not a greedy first-come match.
 */
public final class Pairing {
    private Pairing() {
    }

    /** Two moments (first, second) by id: how a rejected pair is named. */
    public record Key(UUID first, UUID second) {
    }

    /** A suggested pair. */
    public record Candidate(Moment first, Moment second, long deltaMillis) {
    }

    public static boolean canPair(Moment first, Moment second, PairingWindow window) {
        if (first.span() != null && second.span() != null && first.span().overlaps(second.span())) {
            return true;
        }
        long delta = second.anchor().millis() - first.anchor().millis();
        return delta >= -window.before().millis() && delta <= window.after().millis();
    }

    /** Convergent unless one found it helpful and the other hindering (divergent in meaning is the researcher's call). */
    public static PairClass classify(Moment first, Moment second) {
        Valence a = first.valence().orElse(null);
        Valence b = second.valence().orElse(null);
        boolean opposite = a == Valence.HELPFUL && b == Valence.HINDERING || a == Valence.HINDERING && b == Valence.HELPFUL;
        return opposite ? PairClass.DIVERGENT_VALENCE : PairClass.CONVERGENT;
    }

    /**
     * The best pairing of the two lists, leaving out moments already in a kept pair ({@code taken})
     * and pairs the researcher rejected ({@code rejected}).
     */
    public static List<Candidate> suggest(List<Moment> firsts, List<Moment> seconds, PairingWindow window, Set<UUID> taken, Set<Key> rejected) {
        List<Moment> a = untaken(firsts, taken);
        List<Moment> b = untaken(seconds, taken);
        // connected groups of possible pairs are solved one by one: small problems even in a long session
        int[] parent = new int[a.size() + b.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // Only seconds whose anchor lies near enough can pair: within the window, or within the two
        // spans' reach of each other (overlapping spans). A sweep over the sorted anchors finds them
        // without comparing every moment with every other; canPair still decides each candidate.
        // (Edges and groups live in int arrays: this runs for every session of a study, and a
        // million-moment study made a few hundred megabytes of boxed indexes and maps per pairing.)
        int[] order = byAnchor(b);
        long[] anchors = new long[b.size()];
        long reachOfSeconds = 0;
        for (int k = 0; k < order.length; k++) {
            Moment second = b.get(order[k]);
            anchors[k] = second.anchor().millis();
            reachOfSeconds = Math.max(reachOfSeconds, reach(second));
        }
        Edges edges = new Edges(Math.max(4, a.size()));
        for (int i = 0; i < a.size(); i++) {
            Moment first = a.get(i);
            long anchor = first.anchor().millis();
            long spans = reach(first) + reachOfSeconds;
            long from = anchor - Math.max(window.before().millis(), spans);
            long to = anchor + Math.max(window.after().millis(), spans);
            for (int k = lowerBound(anchors, from); k < anchors.length && anchors[k] <= to; k++) {
                int j = order[k];
                if (canPair(first, b.get(j), window) && (rejected.isEmpty() || !rejected.contains(new Key(first.id(), b.get(j).id())))) {
                    edges.add(i, j);
                    union(parent, i, a.size() + j);
                }
            }
        }
        List<Candidate> result = new ArrayList<>();
        if (edges.size == 0) {
            return result;
        }
        // the edges of each group together, groups in the order their first edge was found
        int[] groupOf = new int[edges.size];
        int[] groupIndexOfRoot = new int[parent.length];
        Arrays.fill(groupIndexOfRoot, -1);
        int groups = 0;
        for (int e = 0; e < edges.size; e++) {
            int root = find(parent, edges.first[e]);
            if (groupIndexOfRoot[root] < 0) {
                groupIndexOfRoot[root] = groups++;
            }
            groupOf[e] = groupIndexOfRoot[root];
        }
        int[] groupStart = new int[groups + 1];
        for (int e = 0; e < edges.size; e++) {
            groupStart[groupOf[e] + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] grouped = new int[edges.size]; // edge numbers, group by group, each group in finding order
        int[] fill = Arrays.copyOf(groupStart, groups);
        for (int e = 0; e < edges.size; e++) {
            grouped[fill[groupOf[e]]++] = e;
        }
        Solver solver = new Solver(a, b, edges, a.size(), b.size());
        for (int g = 0; g < groups; g++) {
            solver.solve(grouped, groupStart[g], groupStart[g + 1], result);
        }
        result.sort((x, y) -> x.first().anchor().compareTo(y.first().anchor()));
        return result;
    }

    private static List<Moment> untaken(List<Moment> moments, Set<UUID> taken) {
        if (taken.isEmpty()) {
            return moments;
        }
        List<Moment> untaken = new ArrayList<>(moments.size());
        for (Moment m : moments) {
            if (!taken.contains(m.id())) {
                untaken.add(m);
            }
        }
        return untaken;
    }

    /** Indexes of the moments by anchor (stable: equal anchors keep their order); no sorting when they already are in order. */
    private static int[] byAnchor(List<Moment> moments) {
        int n = moments.size();
        int[] order = new int[n];
        boolean sorted = true;
        for (int j = 0; j < n; j++) {
            order[j] = j;
            if (j > 0 && moments.get(j).anchor().millis() < moments.get(j - 1).anchor().millis()) {
                sorted = false;
            }
        }
        if (!sorted) {
            Integer[] boxed = new Integer[n];
            for (int j = 0; j < n; j++) {
                boxed[j] = j;
            }
            Arrays.sort(boxed, (x, y) -> Long.compare(moments.get(x).anchor().millis(), moments.get(y).anchor().millis()));
            for (int j = 0; j < n; j++) {
                order[j] = boxed[j];
            }
        }
        return order;
    }

    /** Possible pairs as two growing int arrays: index of the first, index of the second. */
    private static final class Edges {
        int[] first;
        int[] second;
        int size;

        Edges(int capacity) {
            first = new int[capacity];
            second = new int[capacity];
        }

        void add(int i, int j) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
            }
            first[size] = i;
            second[size] = j;
            size++;
        }
    }

    /**
     * Maximum number of pairs, then minimum total |delta|: an assignment with a prohibitive cost for
     * "no pair", group by group. The row and column of a moment are kept in arrays over all moments
     * (reset after each group) instead of maps per group.
     */
    private static final class Solver {
        private final List<Moment> a;
        private final List<Moment> b;
        private final Edges edges;
        private final int firsts;
        private final int seconds;
        // made for the first group of more than one possible pair: most sessions have none
        private int[] rowOfFirst;
        private int[] colOfSecond;
        private int[] rows;
        private int[] cols;

        Solver(List<Moment> a, List<Moment> b, Edges edges, int firsts, int seconds) {
            this.a = a;
            this.b = b;
            this.edges = edges;
            this.firsts = firsts;
            this.seconds = seconds;
        }

        private void makeIndexes() {
            rowOfFirst = new int[firsts];
            colOfSecond = new int[seconds];
            Arrays.fill(rowOfFirst, -1);
            Arrays.fill(colOfSecond, -1);
            rows = new int[firsts];
            cols = new int[seconds];
        }

        void solve(int[] grouped, int from, int to, List<Candidate> result) {
            if (to - from == 1) { // a lone possible pair (most groups): the assignment is that pair
                int e = grouped[from];
                Moment first = a.get(edges.first[e]);
                Moment second = b.get(edges.second[e]);
                result.add(new Candidate(first, second, second.anchor().millis() - first.anchor().millis()));
                return;
            }
            if (rowOfFirst == null) {
                makeIndexes();
            }
            int rowCount = 0;
            int colCount = 0;
            long maxDelta = 1;
            for (int k = from; k < to; k++) {
                int e = grouped[k];
                int i = edges.first[e];
                int j = edges.second[e];
                if (rowOfFirst[i] < 0) {
                    rowOfFirst[i] = rowCount;
                    rows[rowCount++] = i;
                }
                if (colOfSecond[j] < 0) {
                    colOfSecond[j] = colCount;
                    cols[colCount++] = j;
                }
                maxDelta = Math.max(maxDelta, Math.abs(b.get(j).anchor().millis() - a.get(i).anchor().millis()));
            }
            int n = Math.max(rowCount, colCount);
            long none = (maxDelta + 1) * (n + 1); // more than any sum of real differences: a pair always beats no pair
            long[][] cost = new long[n][n];
            for (long[] row : cost) {
                Arrays.fill(row, none);
            }
            for (int k = from; k < to; k++) {
                int e = grouped[k];
                int i = edges.first[e];
                int j = edges.second[e];
                cost[rowOfFirst[i]][colOfSecond[j]] = Math.abs(b.get(j).anchor().millis() - a.get(i).anchor().millis());
            }
            int[] assignment = hungarian(cost);
            for (int r = 0; r < n; r++) {
                int c = assignment[r];
                if (r < rowCount && c >= 0 && c < colCount && cost[r][c] < none) {
                    Moment first = a.get(rows[r]);
                    Moment second = b.get(cols[c]);
                    result.add(new Candidate(first, second, second.anchor().millis() - first.anchor().millis()));
                }
            }
            for (int r = 0; r < rowCount; r++) {
                rowOfFirst[rows[r]] = -1;
            }
            for (int c = 0; c < colCount; c++) {
                colOfSecond[cols[c]] = -1;
            }
        }
    }

    /** The classic O(n^3) Hungarian method on a square matrix; returns the column of each row. */
    static int[] hungarian(long[][] cost) {
        int n = cost.length;
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        long[] minv = new long[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Long.MAX_VALUE);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        long cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToCol = new int[n];
        Arrays.fill(rowToCol, -1);
        for (int j = 1; j <= n; j++) {
            if (p[j] != 0) {
                rowToCol[p[j] - 1] = j - 1;
            }
        }
        return rowToCol;
    }

    /** How far a moment's span reaches from its anchor, either way (0 without a span). */
    private static long reach(Moment m) {
        if (m.span() == null) {
            return 0;
        }
        long anchor = m.anchor().millis();
        return Math.max(Math.abs(anchor - m.span().start().millis()), Math.abs(m.span().end().millis() - anchor));
    }

    /** The first index whose value is at least {@code value}. */
    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int x, int y) {
        parent[find(parent, x)] = find(parent, y);
    }
}
