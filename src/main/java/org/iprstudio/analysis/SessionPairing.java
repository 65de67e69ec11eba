package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * A session's two perspectives side by side: the pairs the researchers kept (confirmed or linked
 * by hand), fresh suggestions for the moments still unpaired, the one-sided moments, and the
 * perspectives that are missing. Rejected pairs are never suggested again.
 */
public record SessionPairing(List<Line> kept, List<Line> suggested, List<Moment> clientOnly, List<Moment> therapistOnly, List<Gap> missing) {

    /** A pair of a client's and a therapist's moment. */
    public record Line(Moment client, Moment therapist, PairClass pairClass, MomentPair stored) {
        public long deltaMillis() {
            return therapist.anchor().millis() - client.anchor().millis();
        }
    }

    /** A perspective with no usable recall of this session. */
    public record Gap(Role perspective, String participantCode, String reason) {
    }

    public static SessionPairing of(Study study, Session session) {
        return of(study, session, study.passesOf(session.id()), study.pairsInSession(session.id()));
    }

    /**
     * The same for a session whose passes and candidate stored pairs are already known (in any
     * order; pairs of other sessions are passed over).
     */
    static SessionPairing of(Study study, Session session, List<RecallPass> sessionPasses, List<MomentPair> storedPairs) {
        List<Moment> client = new ArrayList<>();
        List<Moment> therapist = new ArrayList<>();
        List<Gap> missing = new ArrayList<>();
        for (Role role : List.of(Role.CLIENT, Role.THERAPIST)) {
            List<RecallPass> passes = sessionPasses.stream().filter(p -> p.perspective() == role).toList();
            if (passes.isEmpty()) {
                missing.add(new Gap(role, "", ""));
            }
            for (RecallPass pass : passes) {
                if (pass.status() == PassStatus.MISSING) {
                    missing.add(new Gap(role, study.participant(pass.participantId()).code(), pass.missingReason()));
                } else {
                    (role == Role.CLIENT ? client : therapist).addAll(study.momentsOf(pass.id()));
                }
            }
        }
        Set<UUID> clientIds = storedPairs.isEmpty() ? Set.of() : ids(client);
        Set<UUID> therapistIds = storedPairs.isEmpty() ? Set.of() : ids(therapist);
        List<Line> kept = new ArrayList<>();
        Set<UUID> taken = new UuidSet(client.size() + therapist.size());
        Set<Pairing.Key> rejected = new HashSet<>();
        for (MomentPair pair : storedPairs) {
            UUID c = clientIds.contains(pair.firstMomentId()) ? pair.firstMomentId() : clientIds.contains(pair.secondMomentId()) ? pair.secondMomentId() : null;
            UUID t = therapistIds.contains(pair.firstMomentId()) ? pair.firstMomentId() : therapistIds.contains(pair.secondMomentId()) ? pair.secondMomentId() : null;
            if (c == null || t == null) {
                continue;
            }
            if (pair.decision() == PairDecision.REJECTED) {
                rejected.add(new Pairing.Key(c, t));
                continue;
            }
            kept.add(new Line(study.moment(c), study.moment(t), pair.pairClass(), pair));
            taken.add(c);
            taken.add(t);
        }
        List<Line> suggested = new ArrayList<>();
        for (Pairing.Candidate candidate : Pairing.suggest(client, therapist, study.header().protocol().pairingWindow(), taken, rejected)) {
            suggested.add(new Line(candidate.first(), candidate.second(), Pairing.classify(candidate.first(), candidate.second()), null));
            taken.add(candidate.first().id());
            taken.add(candidate.second().id());
        }
        // by the client's time, then the therapist's (kept pairs at the very same times by their id): whatever
        // order the stored pairs came in
        Comparator<Line> byTime = Comparator.comparing((Line l) -> l.client().anchor()).thenComparing(l -> l.therapist().anchor());
        kept.sort(byTime.thenComparing(l -> l.stored().id()));
        suggested.sort(byTime);
        return new SessionPairing(kept, suggested, unpaired(client, taken), unpaired(therapist, taken), missing);
    }

    private static List<Moment> unpaired(List<Moment> moments, Set<UUID> taken) {
        return taken.isEmpty() ? List.copyOf(moments) : moments.stream().filter(m -> !taken.contains(m.id())).toList();
    }

    private static Set<UUID> ids(List<Moment> moments) {
        Set<UUID> ids = new UuidSet(moments.size());
        moments.forEach(m -> ids.add(m.id()));
        return ids;
    }
}
