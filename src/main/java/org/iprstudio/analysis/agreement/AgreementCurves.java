package org.iprstudio.analysis.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * The agreement-by-window curve (see {@link MarkAgreement#curve}) in steps of one second from 0
 * to 60 s, for each compared session, each dyad and the whole study: what a plot draws. Each
 * session is matched once per window; the dyads' and the study's curves pool those results (the
 * matches and marks summed), which is what matching the sessions together gives, since marks of
 * different sessions never match.
 */
public record AgreementCurves(Map<UUID, List<MarkAgreement.CurvePoint>> sessions, Map<String, List<MarkAgreement.CurvePoint>> dyads,
                              List<MarkAgreement.CurvePoint> study) {
    /** 0, 1, ..., 60 s. */
    public static final List<MediaTime> FINE_WINDOWS = fineWindows();

    public AgreementCurves {
        sessions = Map.copyOf(sessions);
        dyads = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dyads));
        study = List.copyOf(study);
    }

    public static AgreementCurves of(Study study) {
        return of(study, FINE_WINDOWS);
    }

    public static AgreementCurves of(Study study, List<MediaTime> windows) {
        Map<UUID, List<MarkAgreement.CurvePoint>> sessions = new HashMap<>();
        Map<String, List<List<MarkAgreement.CurvePoint>>> byDyad = new LinkedHashMap<>();
        study.dyads().forEach(d -> byDyad.put(d.code(), new ArrayList<>()));
        List<List<MarkAgreement.CurvePoint>> all = new ArrayList<>();
        for (Session session : study.sessions()) {
            Optional<MarkAgreement.Marks> marks = PerspectiveAgreement.marksOf(study, session);
            if (marks.isEmpty()) {
                continue;
            }
            List<MarkAgreement.CurvePoint> curve = MarkAgreement.curve(List.of(marks.get()), windows);
            sessions.put(session.id(), curve);
            byDyad.computeIfAbsent(study.dyad(session.dyadId()).code(), k -> new ArrayList<>()).add(curve);
            all.add(curve);
        }
        Map<String, List<MarkAgreement.CurvePoint>> dyads = new LinkedHashMap<>();
        byDyad.forEach((code, curves) -> dyads.put(code, pooled(curves, windows)));
        return new AgreementCurves(sessions, dyads, pooled(all, windows));
    }

    /**
     * The pooled curve of some sessions alone (one session, a dyad's), for a view that draws one
     * line at a time; sessions without both perspectives are left out. Empty when none is left.
     */
    public static List<MarkAgreement.CurvePoint> ofSessions(Study study, List<Session> sessions) {
        List<MarkAgreement.Marks> compared = new ArrayList<>();
        for (Session session : sessions) {
            PerspectiveAgreement.marksOf(study, session).ifPresent(compared::add);
        }
        return compared.isEmpty() ? List.of() : MarkAgreement.curve(compared, FINE_WINDOWS);
    }

    /** The curve of one session; empty when it was not compared (a perspective missing). */
    public Optional<List<MarkAgreement.CurvePoint>> session(UUID sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    private static List<MarkAgreement.CurvePoint> pooled(List<List<MarkAgreement.CurvePoint>> curves, List<MediaTime> windows) {
        List<MarkAgreement.CurvePoint> pooled = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            int index = i;
            pooled.add(new MarkAgreement.CurvePoint(windows.get(i), MarkAgreement.pooled(curves.stream().map(c -> c.get(index).agreement()).toList())));
        }
        return pooled;
    }

    private static List<MediaTime> fineWindows() {
        List<MediaTime> windows = new ArrayList<>();
        for (int s = 0; s <= 60; s++) {
            windows.add(MediaTime.ofSeconds(s));
        }
        return List.copyOf(windows);
    }
}
