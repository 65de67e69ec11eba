package org.iprstudio.analysis.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * The agreement of the perspectives' marks across a study: client against therapist per
 * session, per dyad and for the whole study, within the protocol's pairing window, plus the
 * curve over windows of 0 to 60 s; and any two recalls of one perspective of one session (two
 * observers, say) against each other. Only recall passes that are done count; a session whose
 * client or therapist recall is missing, planned or absent is listed with the reason and left
 * out of the dyad's and the study's figures.
 *
 * @param sameRoleWindow two recalls of one perspective are interchangeable, so they are matched
 *                       within a symmetric window: the larger side of the protocol's window
 */
public record PerspectiveAgreement(PairingWindow window, List<SessionLine> sessions, List<DyadLine> dyads, MarkAgreement study,
                                   List<MarkAgreement.CurvePoint> curve, PairingWindow sameRoleWindow, List<SameRoleLine> sameRole) {

    /** Why a perspective of a session has no marks to compare. */
    public enum Absence {
        NO_RECALL, PLANNED, MISSING
    }

    /** A perspective that could not be compared, with the participant's code and the recorded reason where there is one. */
    public record Gap(Role perspective, Absence absence, String participantCode, String reason) {
    }

    /** One session: its agreement, or (agreement null) the gaps that prevent it. */
    public record SessionLine(Session session, String dyadCode, MarkAgreement agreement, List<Gap> gaps) {
    }

    /** One dyad's sessions with both perspectives, pooled. */
    public record DyadLine(String dyadCode, int sessions, MarkAgreement agreement) {
    }

    /** Two recalls of the same perspective of one session, e.g. two observers. */
    public record SameRoleLine(Session session, String dyadCode, Role perspective, String firstCode, String secondCode, MarkAgreement agreement) {
    }

    public static PerspectiveAgreement of(Study study) {
        PairingWindow window = study.header().protocol().pairingWindow();
        MediaTime wider = window.before().isAfter(window.after()) ? window.before() : window.after();
        PairingWindow sameRoleWindow = new PairingWindow(wider, wider);
        Map<UUID, List<RecallPass>> passesBySession = new HashMap<>();
        for (RecallPass pass : study.passes()) {
            passesBySession.computeIfAbsent(pass.sessionId(), k -> new ArrayList<>()).add(pass);
        }
        List<SessionLine> sessions = new ArrayList<>();
        List<SameRoleLine> sameRole = new ArrayList<>();
        List<MarkAgreement.Marks> compared = new ArrayList<>();
        Map<String, List<MarkAgreement>> byDyad = new LinkedHashMap<>();
        for (Dyad dyad : study.dyads()) {
            byDyad.put(dyad.code(), new ArrayList<>());
        }
        for (Session session : study.sessions()) {
            String dyadCode = study.dyad(session.dyadId()).code();
            List<RecallPass> passes = passesBySession.getOrDefault(session.id(), List.of());
            List<Gap> gaps = new ArrayList<>();
            List<RecallPass> client = done(study, passes, Role.CLIENT, gaps);
            List<RecallPass> therapist = done(study, passes, Role.THERAPIST, gaps);
            if (gaps.isEmpty()) {
                MarkAgreement.Marks marks = new MarkAgreement.Marks(momentsOf(study, client), momentsOf(study, therapist));
                MarkAgreement agreement = MarkAgreement.of(marks, window);
                compared.add(marks);
                byDyad.computeIfAbsent(dyadCode, k -> new ArrayList<>()).add(agreement);
                sessions.add(new SessionLine(session, dyadCode, agreement, List.of()));
            } else {
                sessions.add(new SessionLine(session, dyadCode, null, List.copyOf(gaps)));
            }
            sameRole.addAll(sameRoleLines(study, session, dyadCode, passes, sameRoleWindow));
        }
        List<DyadLine> dyads = new ArrayList<>();
        List<MarkAgreement> all = new ArrayList<>();
        byDyad.forEach((code, parts) -> {
            dyads.add(new DyadLine(code, parts.size(), MarkAgreement.pooled(parts)));
            all.addAll(parts);
        });
        return new PerspectiveAgreement(window, sessions, dyads, MarkAgreement.pooled(all), MarkAgreement.curve(compared, MarkAgreement.CURVE_WINDOWS),
                sameRoleWindow, sameRole);
    }

    /**
     * The client's and the therapist's marks of one session as this comparison takes them (all
     * done passes of each side); empty when a side has no done recall.
     */
    public static java.util.Optional<MarkAgreement.Marks> marksOf(Study study, Session session) {
        List<RecallPass> passes = study.passesOf(session.id());
        List<Gap> gaps = new ArrayList<>();
        List<RecallPass> client = done(study, passes, Role.CLIENT, gaps);
        List<RecallPass> therapist = done(study, passes, Role.THERAPIST, gaps);
        return gaps.isEmpty() ? java.util.Optional.of(new MarkAgreement.Marks(momentsOf(study, client), momentsOf(study, therapist)))
                : java.util.Optional.empty();
    }

    /** The done passes of one perspective; a gap noted when there is none. */
    private static List<RecallPass> done(Study study, List<RecallPass> passes, Role role, List<Gap> gaps) {
        List<RecallPass> ofRole = passes.stream().filter(p -> p.perspective() == role).toList();
        List<RecallPass> done = ofRole.stream().filter(p -> p.status() == PassStatus.DONE).toList();
        if (!done.isEmpty()) {
            return done;
        }
        if (ofRole.isEmpty()) {
            gaps.add(new Gap(role, Absence.NO_RECALL, "", ""));
        }
        for (RecallPass p : ofRole) {
            gaps.add(new Gap(role, p.status() == PassStatus.MISSING ? Absence.MISSING : Absence.PLANNED, study.participant(p.participantId()).code(),
                    p.missingReason() == null ? "" : p.missingReason()));
        }
        return done;
    }

    private static List<SameRoleLine> sameRoleLines(Study study, Session session, String dyadCode, List<RecallPass> passes, PairingWindow window) {
        Map<Role, List<RecallPass>> byRole = new LinkedHashMap<>();
        passes.stream().filter(p -> p.status() == PassStatus.DONE)
                .sorted(Comparator.comparing(RecallPass::perspective).thenComparing(p -> study.participant(p.participantId()).code()))
                .forEach(p -> byRole.computeIfAbsent(p.perspective(), k -> new ArrayList<>()).add(p));
        List<SameRoleLine> lines = new ArrayList<>();
        byRole.forEach((role, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    RecallPass a = list.get(i);
                    RecallPass b = list.get(j);
                    if (a.participantId().equals(b.participantId())) {
                        continue; // the same person twice is a repeat, not a second observer
                    }
                    MarkAgreement agreement = MarkAgreement.of(new MarkAgreement.Marks(study.momentsOf(a.id()), study.momentsOf(b.id())), window);
                    lines.add(new SameRoleLine(session, dyadCode, role, study.participant(a.participantId()).code(),
                            study.participant(b.participantId()).code(), agreement));
                }
            }
        });
        return lines;
    }

    private static List<org.iprstudio.domain.Moment> momentsOf(Study study, List<RecallPass> passes) {
        List<org.iprstudio.domain.Moment> moments = new ArrayList<>();
        passes.forEach(p -> moments.addAll(study.momentsOf(p.id())));
        return moments;
    }
}
