package org.iprstudio.exchange.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.analysis.StudyPairing;
import org.iprstudio.analysis.ThemeMatrix;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.Study;

/** What the rows need and the study does not index: code paths, themes by code and by exemplar, each moment's pair. */
final class Lookups {
    /** A moment's pair as the researchers kept it or as the program suggests it now (then without a stored id). */
    record PairLink(MomentPair stored, PairClass pairClass, UUID otherMomentId) {
        String status() {
            return stored == null ? "suggested" : lower(stored.decision());
        }
    }

    final Study study;
    private final Map<UUID, String> codePaths = new HashMap<>();
    private final Map<UUID, List<String>> themesOfMoment = new HashMap<>();
    private final Map<UUID, Integer> codingCounts = new HashMap<>();
    final Map<UUID, PairLink> pairs = new HashMap<>();
    final Map<UUID, SessionPairing> pairings;

    Lookups(Study study) {
        this.study = study;
        Map<UUID, Code> codes = new HashMap<>();
        study.codes().forEach(c -> codes.put(c.id(), c));
        for (Code c : codes.values()) {
            codePaths.put(c.id(), path(c, codes));
        }
        // the coding view's own rule (codes, their parent codes, the pair's codes, exemplars; subthemes count for their theme)
        for (ThemeMatrix.Row row : ThemeMatrix.of(study, null).rows()) {
            for (List<UUID> cell : row.cells()) {
                for (UUID moment : cell) {
                    themesOfMoment.computeIfAbsent(moment, k -> new ArrayList<>()).add(row.theme().name());
                }
            }
        }
        for (Coding c : study.codings()) {
            codingCounts.merge(c.codeId(), 1, Integer::sum);
        }
        pairings = StudyPairing.of(study);
        for (SessionPairing pairing : pairings.values()) {
            for (List<SessionPairing.Line> lines : List.of(pairing.kept(), pairing.suggested())) {
                for (SessionPairing.Line line : lines) {
                    pairs.put(line.client().id(), new PairLink(line.stored(), line.pairClass(), line.therapist().id()));
                    pairs.put(line.therapist().id(), new PairLink(line.stored(), line.pairClass(), line.client().id()));
                }
            }
        }
    }

    private static String path(Code c, Map<UUID, Code> codes) {
        StringBuilder path = new StringBuilder(c.name());
        Code at = c;
        int guard = 0;
        while (at.parentId() != null && codes.containsKey(at.parentId()) && guard++ < 100) {
            at = codes.get(at.parentId());
            path.insert(0, at.name() + "/");
        }
        return path.toString();
    }

    String codePath(UUID codeId) {
        return codePaths.getOrDefault(codeId, "");
    }

    int codingCount(UUID codeId) {
        return codingCounts.getOrDefault(codeId, 0);
    }

    /** The themes a moment belongs to, in the theme board's order, as the coding view's theme matrix counts it. */
    List<String> themesOf(UUID momentId) {
        return themesOfMoment.getOrDefault(momentId, List.of());
    }

    static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
