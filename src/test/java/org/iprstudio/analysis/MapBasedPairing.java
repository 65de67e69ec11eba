package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairingWindow;

/**
 * The pair suggestion as it was before its edges, groups and assignment rows moved from boxed lists
 * and maps into int arrays (kept only to check that the faster one suggests exactly the same pairs).
 */
final class MapBasedPairing {
    private MapBasedPairing() {
    }

    /**
     * The best pairing of the two lists, leaving out moments already in a kept pair ({@code taken})
     * and pairs the researcher rejected ({@code rejected}).
     */
    static List<Pairing.Candidate> suggest(List<Moment> firsts, List<Moment> seconds, PairingWindow window, Set<UUID> taken, Set<Pairing.Key> rejected) {
        List<Moment> a = firsts.stream().filter(m -> !taken.contains(m.id())).toList();
        List<Moment> b = seconds.stream().filter(m -> !taken.contains(m.id())).toList();
        // connected groups of possible pairs are solved one by one: small problems even in a long session
        int[] parent = new int[a.size() + b.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<int[]> edges = new ArrayList<>();
        // Only seconds whose anchor lies near enough can pair: within the window, or within the two
        // spans' reach of each other (overlapping spans). A sweep over the sorted anchors finds them
        // without comparing every moment with every other; canPair still decides each candidate.
        Integer[] order = new Integer[b.size()];
        long[] anchors = new long[b.size()];
        long reachOfSeconds = 0;
        for (int j = 0; j < b.size(); j++) {
            order[j] = j;
            reachOfSeconds = Math.max(reachOfSeconds, reach(b.get(j)));
        }
        Arrays.sort(order, (x, y) -> Long.compare(b.get(x).anchor().millis(), b.get(y).anchor().millis()));
        for (int k = 0; k < order.length; k++) {
            anchors[k] = b.get(order[k]).anchor().millis();
        }
        for (int i = 0; i < a.size(); i++) {
            Moment first = a.get(i);
            long anchor = first.anchor().millis();
            long spans = reach(first) + reachOfSeconds;
            long from = anchor - Math.max(window.before().millis(), spans);
            long to = anchor + Math.max(window.after().millis(), spans);
            for (int k = lowerBound(anchors, from); k < anchors.length && anchors[k] <= to; k++) {
                int j = order[k];
                if (Pairing.canPair(first, b.get(j), window) && (rejected.isEmpty() || !rejected.contains(new Pairing.Key(first.id(), b.get(j).id())))) {
                    edges.add(new int[] {i, j});
                    union(parent, i, a.size() + j);
                }
            }
        }
        Map<Integer, List<int[]>> groups = new HashMap<>();
        for (int[] e : edges) {
            groups.computeIfAbsent(find(parent, e[0]), k -> new ArrayList<>()).add(e);
        }
        List<Pairing.Candidate> result = new ArrayList<>();
        for (List<int[]> group : groups.values()) {
            result.addAll(solve(a, b, group));
        }
        result.sort((x, y) -> x.first().anchor().compareTo(y.first().anchor()));
        return result;
    }

    /** Maximum number of pairs, then minimum total |delta|: an assignment with a prohibitive cost for "no pair". */
    private static List<Pairing.Candidate> solve(List<Moment> a, List<Moment> b, List<int[]> edges) {
        Map<Integer, Integer> rowIndex = new HashMap<>();
        Map<Integer, Integer> colIndex = new HashMap<>();
        List<Integer> rows = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        for (int[] e : edges) {
            if (rowIndex.putIfAbsent(e[0], rows.size()) == null) {
                rows.add(e[0]);
            }
            if (colIndex.putIfAbsent(e[1], cols.size()) == null) {
                cols.add(e[1]);
            }
        }
        int n = Math.max(rows.size(), cols.size());
        long maxDelta = 1;
        for (int[] e : edges) {
            maxDelta = Math.max(maxDelta, Math.abs(b.get(e[1]).anchor().millis() - a.get(e[0]).anchor().millis()));
        }
        long none = (maxDelta + 1) * (n + 1); // more than any sum of real differences: a pair always beats no pair
        long[][] cost = new long[n][n];
        for (long[] row : cost) {
            Arrays.fill(row, none);
        }
        for (int[] e : edges) {
            cost[rowIndex.get(e[0])][colIndex.get(e[1])] = Math.abs(b.get(e[1]).anchor().millis() - a.get(e[0]).anchor().millis());
        }
        int[] assignment = hungarian(cost);
        List<Pairing.Candidate> result = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int c = assignment[r];
            if (r < rows.size() && c >= 0 && c < cols.size() && cost[r][c] < none) {
                Moment first = a.get(rows.get(r));
                Moment second = b.get(cols.get(c));
                result.add(new Pairing.Candidate(first, second, second.anchor().millis() - first.anchor().millis()));
            }
        }
        return result;
    }

    /** The classic O(n^3) Hungarian method on a square matrix; returns the column of each row. */
    private static int[] hungarian(long[][] cost) {
        int n = cost.length;
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[n + 1];
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
