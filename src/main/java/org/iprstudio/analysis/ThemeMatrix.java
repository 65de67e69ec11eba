package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;

/**
 * Themes (rows, in board order, subthemes under their theme) by perspective and session number
 * (columns), each cell holding the moments that belong to the theme. A moment belongs to a theme
 * when it is one of the theme's exemplars, or when it carries one of the theme's codes or a code
 * under one of them, directly or through a pair it is in (a pair's code speaks for both of its
 * moments; a rejected pair speaks for neither). A theme's row includes its subthemes' moments.
 * Each cell lists its moments once, session by session (within a pass in the order they were made). {@code missing} holds the columns
 * whose every recall is missing (nothing could be counted there).
 */
public record ThemeMatrix(List<Column> columns, List<Row> rows, Set<Column> missing) {

    /** A perspective in one session number ("Client, session 3"), across the dyads counted. */
    public record Column(Role perspective, int sessionNumber) {
    }

    /** One theme; cells line up with the columns. */
    public record Row(Theme theme, int depth, List<List<UUID>> cells) {
        public int count(int column) {
            return cells.get(column).size();
        }

        /** Moments in the whole row (a moment lies in one column only). */
        public int total() {
            return cells.stream().mapToInt(List::size).sum();
        }
    }

    /** @param dyadId the dyad to count, or null for every dyad of the study */
    public static ThemeMatrix of(Study study, UUID dyadId) {
        Map<UUID, Column> columnOf = new HashMap<>();
        Map<Column, Boolean> allMissing = new HashMap<>();
        Map<UUID, List<RecallPass>> passesBySession = new java.util.LinkedHashMap<>();
        TreeSet<Column> columnSet = new TreeSet<>(Comparator.comparing(Column::perspective).thenComparingInt(Column::sessionNumber));
        for (var session : dyadId == null ? study.sessions() : study.sessionsOf(dyadId)) {
            List<RecallPass> ofSession = study.passesOf(session.id());
            passesBySession.put(session.id(), ofSession);
            for (RecallPass pass : ofSession) {
                Column column = new Column(pass.perspective(), session.number());
                columnSet.add(column);
                columnOf.put(pass.id(), column);
                allMissing.merge(column, pass.status() == org.iprstudio.domain.PassStatus.MISSING, Boolean::logicalAnd);
            }
        }
        List<Column> columns = List.copyOf(columnSet);
        Map<Column, Integer> columnIndex = new HashMap<>();
        columns.forEach(c -> columnIndex.put(c, columnIndex.size()));
        List<ThemeMatrixScan.SessionPasses> sessions = new ArrayList<>(passesBySession.size());
        passesBySession.forEach((session, ofSession) -> sessions.add(new ThemeMatrixScan.SessionPasses(session, ofSession,
                ofSession.stream().mapToInt(pass -> columnIndex.get(columnOf.get(pass.id()))).toArray())));

        List<Theme> ordered = new ArrayList<>();
        Map<UUID, Integer> depth = new HashMap<>();
        addInBoardOrder(study.themes(), null, 0, ordered, depth);
        Map<UUID, Integer> rowOf = new HashMap<>();
        for (Theme theme : ordered) {
            rowOf.put(theme.id(), rowOf.size());
        }
        Map<UUID, Theme> themeById = new HashMap<>();
        ordered.forEach(t -> themeById.put(t.id(), t));
        Map<UUID, int[]> rowsOfCode = rowsOfCodes(study, ordered, themeById, rowOf);
        Map<UUID, List<Map.Entry<UUID, int[]>>> exemplarsBySession = exemplarsBySession(study, ordered, themeById, rowOf);
        // session by session, over the session's own short lists of codings and pairs (the study keeps them):
        // a lookup per moment in the study's million-entry maps was a cache miss each. Sessions are
        // independent, so both cores share them in runs (the study is only read), each run with one scan
        // whose arrays serve all its sessions. A pass's hits are two arrays, not an object per hit.
        int runs = Math.max(1, Math.min(sessions.size(), 8 * Runtime.getRuntime().availableProcessors()));
        List<ThemeMatrixScan.Hits> hitsByPass = java.util.stream.IntStream.range(0, runs).parallel().mapToObj(run -> {
            ThemeMatrixScan scan = new ThemeMatrixScan(study, rowsOfCode, exemplarsBySession, ordered.size());
            List<ThemeMatrixScan.Hits> found = new ArrayList<>();
            for (int s = run * sessions.size() / runs, end = (run + 1) * sessions.size() / runs; s < end; s++) {
                scan.scan(sessions.get(s), found);
            }
            return found;
        }).flatMap(List::stream).toList();
        // every cell sized for its moments before they go in, pass by pass (so in the same order)
        int[][] counts = new int[ordered.size()][columns.size()];
        for (ThemeMatrixScan.Hits hits : hitsByPass) {
            for (int k = 0; k < hits.size; k++) {
                counts[hits.rows[k]][hits.column]++;
            }
        }
        List<List<List<UUID>>> cells = new ArrayList<>();
        for (int r = 0; r < ordered.size(); r++) {
            List<List<UUID>> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                row.add(new ArrayList<>(counts[r][c]));
            }
            cells.add(row);
        }
        for (ThemeMatrixScan.Hits hits : hitsByPass) {
            for (int k = 0; k < hits.size; k++) {
                cells.get(hits.rows[k]).get(hits.column).add(hits.moments[k]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            rows.add(new Row(ordered.get(i), depth.get(ordered.get(i).id()), cells.get(i)));
        }
        Set<Column> missing = new HashSet<>();
        allMissing.forEach((column, isMissing) -> {
            if (isMissing) {
                missing.add(column);
            }
        });
        return new ThemeMatrix(columns, rows, Set.copyOf(missing));
    }

    public int columnOf(Role perspective, int sessionNumber) {
        return columns.indexOf(new Column(perspective, sessionNumber));
    }

    public Row rowOf(String themeName) {
        return rows.stream().filter(r -> r.theme().name().equals(themeName)).findFirst()
                .orElseThrow(() -> new DomainException(AnalysisMessages.of("themeMatrix.noTheme", themeName)));
    }

    private static int[] toArray(Set<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static void addInBoardOrder(List<Theme> themes, UUID parent, int level, List<Theme> out, Map<UUID, Integer> depth) {
        for (Theme theme : themes) {
            if (java.util.Objects.equals(theme.parentId(), parent)) {
                out.add(theme);
                depth.put(theme.id(), level);
                addInBoardOrder(themes, theme.id(), level + 1, out, depth);
            }
        }
    }

    /** For each code, the rows it counts in: every theme listing it or an ancestor code, and their parent themes. */
    private static Map<UUID, int[]> rowsOfCodes(Study study, List<Theme> themes, Map<UUID, Theme> themeById, Map<UUID, Integer> rowOf) {
        Map<UUID, Set<Integer>> direct = new HashMap<>();
        for (Theme theme : themes) {
            for (UUID code : theme.codeIds()) {
                direct.computeIfAbsent(code, k -> new HashSet<>()).addAll(withAncestors(theme, themeById, rowOf));
            }
        }
        Map<UUID, Code> codes = new HashMap<>();
        study.codes().forEach(c -> codes.put(c.id(), c));
        Map<UUID, int[]> result = new HashMap<>();
        for (Code code : codes.values()) {
            Set<Integer> rows = new HashSet<>();
            for (Code c = code; c != null; c = c.parentId() == null ? null : codes.get(c.parentId())) {
                rows.addAll(direct.getOrDefault(c.id(), Set.of()));
            }
            if (!rows.isEmpty()) {
                result.put(code.id(), toArray(rows));
            }
        }
        return result;
    }

    /** By session: each exemplar moment there with the rows it counts in (its themes and their parents). */
    private static Map<UUID, List<Map.Entry<UUID, int[]>>> exemplarsBySession(Study study, List<Theme> themes, Map<UUID, Theme> themeById,
            Map<UUID, Integer> rowOf) {
        Map<UUID, Set<Integer>> rowsOfExemplar = new java.util.LinkedHashMap<>();
        for (Theme theme : themes) {
            Set<Integer> rows = withAncestors(theme, themeById, rowOf);
            theme.exemplarMomentIds().forEach(m -> rowsOfExemplar.computeIfAbsent(m, k -> new HashSet<>()).addAll(rows));
        }
        Map<UUID, List<Map.Entry<UUID, int[]>>> result = new HashMap<>();
        rowsOfExemplar.forEach((momentId, rows) -> {
            UUID session = study.pass(study.moment(momentId).passId()).sessionId();
            result.computeIfAbsent(session, k -> new ArrayList<>()).add(Map.entry(momentId, toArray(rows)));
        });
        return result;
    }

    private static Set<Integer> withAncestors(Theme theme, Map<UUID, Theme> themeById, Map<UUID, Integer> rowOf) {
        Set<Integer> rows = new HashSet<>();
        for (Theme t = theme; t != null; t = t.parentId() == null ? null : themeById.get(t.parentId())) {
            rows.add(rowOf.get(t.id()));
        }
        return rows;
    }
}
