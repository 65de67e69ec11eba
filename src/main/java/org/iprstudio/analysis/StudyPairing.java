package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * The pairing of every session of a study at once. The study is indexed a single time (passes
 * by session, stored pairs by session), so a study of a million moments pairs in well under a
 * second instead of scanning every pass and pair once per session.
 */
public final class StudyPairing {
    private StudyPairing() {
    }

    /** Every session's pairing, in the study's session order. */
    public static Map<UUID, SessionPairing> of(Study study) {
        Map<UUID, List<RecallPass>> passesBySession = new HashMap<>();
        for (RecallPass pass : study.passes()) {
            passesBySession.computeIfAbsent(pass.sessionId(), k -> new ArrayList<>()).add(pass);
        }
        Map<UUID, List<MomentPair>> pairsBySession = new HashMap<>();
        for (MomentPair pair : study.pairs()) {
            Moment first = study.moment(pair.firstMomentId());
            UUID sessionId = study.pass(first.passId()).sessionId();
            pairsBySession.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(pair);
        }
        Comparator<RecallPass> order = Comparator.comparing(RecallPass::perspective)
                .thenComparing(p -> study.participant(p.participantId()).code());
        List<Session> sessions = study.sessions();
        // sessions pair independently: both cores help; the study is only read
        List<SessionPairing> pairings = sessions.parallelStream().map(session -> {
            List<RecallPass> passes = new ArrayList<>(passesBySession.getOrDefault(session.id(), List.of()));
            passes.sort(order);
            return SessionPairing.of(study, session, passes, pairsBySession.getOrDefault(session.id(), List.of()));
        }).toList();
        Map<UUID, SessionPairing> result = new LinkedHashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            result.put(sessions.get(i).id(), pairings.get(i));
        }
        return result;
    }
}
