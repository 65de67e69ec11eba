package org.iprstudio.app;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.StudyLook;
import org.iprstudio.store.StudyChange;

/**
 * Which changes a first look can check as the whole study would (decision 0027): those whose rules
 * look only at what the look holds whole, its session's moments with their codings, pairs, memos
 * and quotes, and the codebook. Anything else (a theme, the structure, a removal that cascades, a
 * moment removed, which a theme may name as an exemplar) waits for the whole study.
 */
final class LookChanges {
    private final StudyLook look;
    /** What the list put before the change at hand: a pair kept and coded in one step holds its new pair. */
    private final Set<UUID> putBefore = new HashSet<>();

    private LookChanges(StudyLook look) {
        this.look = look;
    }

    static boolean checkable(StudyLook look, List<StudyChange> changes) {
        LookChanges check = new LookChanges(look);
        for (StudyChange change : changes) {
            if (!check.checkable(change)) {
                return false;
            }
            if (change instanceof StudyChange.Put put) {
                check.putBefore.add(put.entity().id());
            }
        }
        return true;
    }

    private boolean checkable(StudyChange change) {
        if (change instanceof StudyChange.Put put) {
            Object entity = put.entity();
            if (entity instanceof Coding c) {
                return c.momentId() != null ? holds(c.momentId()) : holds(c.pairId());
            } else if (entity instanceof Moment m) {
                // a moment the look holds, changed; a new one (a recall's, never the coding view's) waits: its id could
                // be another session's, which the file would move and the whole study refuse
                return holds(m.id()) && look.study().find(m.passId()).orElse(null) instanceof RecallPass pass && look.covers(pass.sessionId());
            } else if (entity instanceof MomentPair p) {
                return holds(p.firstMomentId()) && holds(p.secondMomentId());
            } else if (entity instanceof Quote q) {
                return look.covers(q.sessionId()) && (q.momentId() == null || holds(q.momentId()));
            } else if (entity instanceof Memo memo) {
                return aboutWhatIsHeld(memo);
            }
            return entity instanceof Code; // every code is in the look; a put does not touch its codings elsewhere
        }
        if (change instanceof StudyChange.Delete delete) {
            // a removal's cascade (StudyService.deletionOf) is worked out on the look only for these
            Object entity = delete.entity();
            if (entity instanceof Memo memo) {
                return holds(memo.id()) && aboutWhatIsHeld(memo);
            }
            return (entity instanceof Coding || entity instanceof MomentPair || entity instanceof Quote) && holds(delete.entity().id());
        }
        return change instanceof StudyChange.Audit;
    }

    private boolean aboutWhatIsHeld(Memo memo) {
        return memo.target() == MemoTarget.STUDY || memo.target() != MemoTarget.THEME && memo.targetId() != null && holds(memo.targetId());
    }

    private boolean holds(UUID id) {
        return id != null && (putBefore.contains(id) || look.study().find(id).isPresent());
    }
}
