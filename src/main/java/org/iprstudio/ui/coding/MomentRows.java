package org.iprstudio.ui.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.analysis.StudyPairing;
import org.iprstudio.analysis.ThemeMatrix;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Valence;

/** Every moment of the study with what the table shows and filters on: class, codes, themes. */
final class MomentRows {
    private MomentRows() {
    }

    /** What a moment is in the merged view of its session. */
    enum MomentClass {
        CONVERGENT, DIVERGENT_VALENCE, DIVERGENT_MEANING, CLIENT_ONLY, THERAPIST_ONLY, PERSPECTIVE_MISSING, OTHER
    }

    record Row(Moment moment, String dyad, Session session, Role perspective, String who, MomentClass momentClass,
               Set<UUID> codeIds, String codes, Set<UUID> themeIds, String themes, Valence valence) {
    }

    /** What a moment or pair of a session shows as its codes (the coding model's lens, blind within an open round). */
    interface CodingsOf {
        List<Coding> of(UUID sessionId, UUID unitId);
    }

    /** @param shown the study with the coding the person may see (CodingModel.shownStudy), for the themes column */
    static List<Row> of(Study study, Study shown, CodingsOf codingsOf) {
        Map<UUID, MomentClass> classes = new HashMap<>();
        for (SessionPairing pairing : StudyPairing.of(study).values()) {
            classify(pairing, classes);
        }
        Lookups lookups = new Lookups(study, themesOf(ThemeMatrix.of(shown, null)), classes, codingsOf);
        List<Row> rows = new ArrayList<>();
        for (Session session : study.sessions()) {
            addRows(study, session, lookups, rows);
        }
        return rows;
    }

    /**
     * The rows of one session's moments, as {@link #of} gives them in its rows for that session: after
     * a change within a session (a code applied, a pair kept), the table renews these alone, not a
     * million rows. Its themes come from the matrix of the session's dyad.
     */
    static List<Row> ofSession(Study study, Study shown, CodingsOf codingsOf, Session session) {
        Map<UUID, MomentClass> classes = new HashMap<>();
        classify(SessionPairing.of(study, session), classes);
        Lookups lookups = new Lookups(study, themesOf(ThemeMatrix.of(shown, session.dyadId())), classes, codingsOf);
        List<Row> rows = new ArrayList<>();
        addRows(study, session, lookups, rows);
        return rows;
    }

    /** What the rows are made from besides the study: classes from the pairing, themes from the matrix, names by id. */
    private record Lookups(Map<UUID, Set<UUID>> themesOf, Map<UUID, MomentClass> classes, Map<UUID, String> themeNames,
                           Map<UUID, Code> codes, CodingsOf codingsOf) {
        Lookups(Study study, Map<UUID, Set<UUID>> themesOf, Map<UUID, MomentClass> classes, CodingsOf codingsOf) {
            this(themesOf, classes, new HashMap<>(), new HashMap<>(), codingsOf);
            study.themes().forEach(t -> themeNames.put(t.id(), t.name()));
            study.codes().forEach(c -> codes.put(c.id(), c));
        }
    }

    private static void classify(SessionPairing pairing, Map<UUID, MomentClass> classes) {
        for (SessionPairing.Line line : concat(pairing.kept(), pairing.suggested())) {
            MomentClass c = MomentClass.valueOf(line.pairClass().name());
            classes.put(line.client().id(), c);
            classes.put(line.therapist().id(), c);
        }
        boolean missing = !pairing.missing().isEmpty();
        pairing.clientOnly().forEach(m -> classes.put(m.id(), missing ? MomentClass.PERSPECTIVE_MISSING : MomentClass.CLIENT_ONLY));
        pairing.therapistOnly().forEach(m -> classes.put(m.id(), missing ? MomentClass.PERSPECTIVE_MISSING : MomentClass.THERAPIST_ONLY));
    }

    private static Map<UUID, Set<UUID>> themesOf(ThemeMatrix matrix) {
        Map<UUID, Set<UUID>> themesOf = new HashMap<>();
        for (ThemeMatrix.Row row : matrix.rows()) {
            row.cells().forEach(cell -> cell.forEach(m -> themesOf.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(row.theme().id())));
        }
        return themesOf;
    }

    private static void addRows(Study study, Session session, Lookups lookups, List<Row> rows) {
        String dyad = study.dyad(session.dyadId()).code();
        for (RecallPass pass : study.passesOf(session.id())) {
            String who = Describe.perspective(pass.perspective()) + " " + study.participant(pass.participantId()).code();
            for (Moment m : study.momentsOf(pass.id())) {
                Set<UUID> codeIds = new LinkedHashSet<>();
                lookups.codingsOf().of(session.id(), m.id()).forEach(c -> codeIds.add(c.codeId()));
                for (MomentPair pair : study.pairsOf(m.id())) {
                    if (pair.decision() != PairDecision.REJECTED) {
                        lookups.codingsOf().of(session.id(), pair.id()).stream().map(Coding::codeId).forEach(codeIds::add);
                    }
                }
                Set<UUID> themeIds = lookups.themesOf().getOrDefault(m.id(), Set.of());
                rows.add(new Row(m, dyad, session, pass.perspective(), who, lookups.classes().getOrDefault(m.id(), MomentClass.OTHER), codeIds,
                        String.join(", ", codeIds.stream().map(id -> lookups.codes().get(id).name()).toList()), themeIds,
                        String.join(", ", themeIds.stream().map(lookups.themeNames()::get).toList()), m.valence().orElse(null)));
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
