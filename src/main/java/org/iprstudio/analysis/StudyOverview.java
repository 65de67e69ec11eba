package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyOutline;

/**
 * What a study holds, dyad by dyad: sessions, recall passes with their moment counts, and the
 * gaps (a missing recall, a session or a perspective the protocol expects but the study lacks).
 * The gaps are data: the program shows them rather than break on them.
 */
public record StudyOverview(List<DyadLine> dyads, Map<Role, PerspectiveTotals> perspectives, List<Gap> gaps, int moments) {

    public record DyadLine(Dyad dyad, List<SessionLine> sessions) {
    }

    public record SessionLine(Session session, List<PassLine> passes) {
    }

    public record PassLine(RecallPass pass, String participantCode, int moments) {
    }

    public record PerspectiveTotals(int done, int planned, int missing, int moments) {
        PerspectiveTotals add(PassStatus status, int momentCount) {
            return new PerspectiveTotals(done + (status == PassStatus.DONE ? 1 : 0), planned + (status == PassStatus.PLANNED ? 1 : 0),
                    missing + (status == PassStatus.MISSING ? 1 : 0), moments + momentCount);
        }
    }

    /** Something the protocol expects that is not there. */
    public record Gap(Kind kind, String dyadCode, int sessionNumber, Role perspective, String participantCode, String reason) {
        public enum Kind {
            MISSING_RECALL, NO_RECALL_RECORDED, SESSION_NOT_RECORDED
        }
    }

    public static StudyOverview of(Study study) {
        return of(study, pass -> study.momentsOf(pass).size(), study.momentCount());
    }

    /** The overview of a study's outline: the same lines, with the moment counts the outline brought along. */
    public static StudyOverview of(StudyOutline outline) {
        return of(outline.structure(), outline::momentsOf, outline.momentCount());
    }

    private static StudyOverview of(Study study, ToIntFunction<UUID> momentsOfPass, int momentCount) {
        List<DyadLine> dyads = new ArrayList<>();
        Map<Role, PerspectiveTotals> totals = new EnumMap<>(Role.class);
        List<Gap> gaps = new ArrayList<>();
        for (Dyad dyad : study.dyads()) {
            List<SessionLine> sessions = new ArrayList<>();
            List<Session> recorded = study.sessionsOf(dyad.id());
            for (int expected : study.header().protocol().sessionNumbers()) {
                if (recorded.stream().noneMatch(s -> s.number() == expected)) {
                    gaps.add(new Gap(Gap.Kind.SESSION_NOT_RECORDED, dyad.code(), expected, null, null, ""));
                }
            }
            for (Session session : recorded) {
                List<PassLine> passes = new ArrayList<>();
                for (RecallPass pass : study.passesOf(session.id())) {
                    int count = momentsOfPass.applyAsInt(pass.id());
                    String code = study.participant(pass.participantId()).code();
                    passes.add(new PassLine(pass, code, count));
                    totals.merge(pass.perspective(), new PerspectiveTotals(0, 0, 0, 0).add(pass.status(), count),
                            (a, b) -> a.add(pass.status(), count));
                    if (pass.status() == PassStatus.MISSING) {
                        gaps.add(new Gap(Gap.Kind.MISSING_RECALL, dyad.code(), session.number(), pass.perspective(), code, pass.missingReason()));
                    }
                }
                for (Role perspective : List.of(Role.CLIENT, Role.THERAPIST)) {
                    if (passes.stream().noneMatch(p -> p.pass().perspective() == perspective)) {
                        String code = study.participant(perspective == Role.CLIENT ? dyad.clientId() : dyad.therapistId()).code();
                        gaps.add(new Gap(Gap.Kind.NO_RECALL_RECORDED, dyad.code(), session.number(), perspective, code, ""));
                    }
                }
                sessions.add(new SessionLine(session, passes));
            }
            dyads.add(new DyadLine(dyad, sessions));
        }
        return new StudyOverview(dyads, totals, gaps, momentCount);
    }

    public int passCount() {
        return dyads.stream().flatMap(d -> d.sessions().stream()).mapToInt(s -> s.passes().size()).sum();
    }

    public int sessionCount() {
        return dyads.stream().mapToInt(d -> d.sessions().size()).sum();
    }
}
