package org.iprstudio.ui.coding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyChange;

/**
 * Changes a panel can follow session by session instead of computing the whole study again: a code
 * applied or taken off, a moment edited, a pair put or removed. A panel that hears of every change
 * (see {@link Follower}) renews what it shows of those sessions alone; any other change, or one it
 * missed, rebuilds it as before. On a million-moment study a rebuild after each click took seconds.
 */
final class SessionChanges {
    private SessionChanges() {
    }

    /** Tells a panel whether it heard of every change before this one, so it may follow this one. */
    static final class Follower {
        private long after = -1;

        /** The changes being announced if the panel may follow them (it showed the study just before), else null. */
        List<StudyChange> toFollow(CodingModel model) {
            List<StudyChange> heard = model.changesHeard();
            return heard != null && after == model.changesAnnounced() - 1 ? heard : null;
        }

        /** The panel shows the study as it is now. */
        void caughtUp(CodingModel model) {
            after = model.changesAnnounced();
        }
    }

    /**
     * The sessions the changes lie in, or null if one of them is not a change within a session's moments,
     * pairs and codings, or moves a pair or coding to other moments (its old session is not known here).
     */
    static Set<UUID> sessionsOf(Study study, List<StudyChange> changes, java.util.function.Predicate<Entity> moved) {
        Set<UUID> sessions = new LinkedHashSet<>();
        for (StudyChange change : changes) {
            if (change instanceof StudyChange.Put put && moved.test(put.entity())) {
                return null;
            }
            UUID momentId = momentOf(study, change);
            if (momentId == null || study.find(momentId).isEmpty()) {
                return null;
            }
            sessions.add(study.pass(study.moment(momentId).passId()).sessionId());
        }
        return sessions;
    }

    /** Whether every change puts or removes a coding (nothing a pairing is made of). */
    static boolean onlyCodings(List<StudyChange> changes) {
        return changes.stream().allMatch(c -> c instanceof StudyChange.Put put && put.entity() instanceof Coding
                || c instanceof StudyChange.Delete delete && delete.entity() instanceof Coding);
    }

    /** The moment a change of a coding, a moment or a pair lies at (a pair's first); null for any other change, and for a moment removed. */
    private static UUID momentOf(Study study, StudyChange change) {
        Entity entity = change instanceof StudyChange.Put put ? put.entity()
                : change instanceof StudyChange.Delete delete && !(delete.entity() instanceof Moment) ? delete.entity() : null;
        if (entity instanceof Moment m) {
            return m.id();
        } else if (entity instanceof MomentPair p) {
            return p.firstMomentId();
        } else if (entity instanceof Coding c) {
            if (c.momentId() != null) {
                return c.momentId();
            }
            return study.find(c.pairId()).filter(MomentPair.class::isInstance).map(p -> ((MomentPair) p).firstMomentId()).orElse(null);
        }
        return null;
    }
}
