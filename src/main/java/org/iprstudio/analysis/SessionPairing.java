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
        List<Gap> missing = new ArrayList<>(2);
        List<Moment> client = sideOf(study, Role.CLIENT, sessionPasses, missing);
        List<Moment> therapist = sideOf(study, Role.THERAPIST, sessionPasses, missing);
        Scratch scratch = Scratch.take();
        try {
            Set<UUID> clientIds = storedPairs.isEmpty() ? Set.of() : scratch.ids(scratch.clientIds, client);
            Set<UUID> therapistIds = storedPairs.isEmpty() ? Set.of() : scratch.ids(scratch.therapistIds, therapist);
            List<Line> kept = new ArrayList<>(storedPairs.size());
            Set<UUID> taken = scratch.taken;
            Set<Pairing.Key> rejected = Set.of();
            for (MomentPair pair : storedPairs) {
                UUID c = clientIds.contains(pair.firstMomentId()) ? pair.firstMomentId() : clientIds.contains(pair.secondMomentId()) ? pair.secondMomentId() : null;
                UUID t = therapistIds.contains(pair.firstMomentId()) ? pair.firstMomentId() : therapistIds.contains(pair.secondMomentId()) ? pair.secondMomentId() : null;
                if (c == null || t == null) {
                    continue;
                }
                if (pair.decision() == PairDecision.REJECTED) {
                    rejected = rejected.isEmpty() ? new HashSet<>() : rejected;
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
            kept.sort(KEPT_ORDER);
            suggested.sort(BY_TIME);
            return new SessionPairing(kept, suggested, unpaired(client, taken), unpaired(therapist, taken), missing);
        } finally {
            scratch.release();
        }
    }

    private static final Comparator<Line> BY_TIME = Comparator.comparing((Line l) -> l.client().anchor()).thenComparing(l -> l.therapist().anchor());
    private static final Comparator<Line> KEPT_ORDER = BY_TIME.thenComparing(l -> l.stored().id());

    /**
     * One perspective's moments, pass by pass in the session's pass order, each pass's in time order;
     * its gaps go to {@code missing} (no pass at all, or a pass marked missing).
     */
    private static List<Moment> sideOf(Study study, Role role, List<RecallPass> sessionPasses, List<Gap> missing) {
        boolean anyPass = false;
        List<Moment> side = List.of();
        for (RecallPass pass : sessionPasses) {
            if (pass.perspective() != role) {
                continue;
            }
            anyPass = true;
            if (pass.status() == PassStatus.MISSING) {
                missing.add(new Gap(role, study.participant(pass.participantId()).code(), pass.missingReason()));
            } else if (side.isEmpty()) {
                side = study.momentsOf(pass.id()); // a list of its own, in time order: no copy needed for one pass
            } else {
                List<Moment> joined = new ArrayList<>(side);
                joined.addAll(study.momentsOf(pass.id()));
                side = joined;
            }
        }
        if (!anyPass) {
            missing.add(new Gap(role, "", ""));
        }
        return side;
    }

    /**
     * The id sets a session's pairing needs while it is made, kept by each thread and emptied for the
     * next session: made afresh they were a third of what pairing a million-moment study allocated
     * (about 80 of 207 MB), and fresh memory is slow to touch while the collector grows its heap.
     */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> OF_THREAD = ThreadLocal.withInitial(Scratch::new);
        final UuidSet clientIds = new UuidSet(64);
        final UuidSet therapistIds = new UuidSet(64);
        final UuidSet taken = new UuidSet(128);
        private boolean inUse;

        /** This thread's scratch, emptied; a fresh one if it is in use already (a pairing made within a pairing). */
        static Scratch take() {
            Scratch scratch = OF_THREAD.get();
            if (scratch.inUse) {
                scratch = new Scratch();
            }
            scratch.inUse = true;
            scratch.clientIds.clear();
            scratch.therapistIds.clear();
            scratch.taken.clear();
            return scratch;
        }

        Set<UUID> ids(UuidSet set, List<Moment> moments) {
            moments.forEach(m -> set.add(m.id()));
            return set;
        }

        void release() {
            inUse = false;
        }
    }

    private static List<Moment> unpaired(List<Moment> moments, Set<UUID> taken) {
        if (taken.isEmpty()) {
            return List.copyOf(moments);
        }
        List<Moment> unpaired = new ArrayList<>(moments.size());
        for (Moment m : moments) {
            if (!taken.contains(m.id())) {
                unpaired.add(m);
            }
        }
        return java.util.Collections.unmodifiableList(unpaired);
    }
}
