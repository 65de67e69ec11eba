package org.iprstudio.app;

import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyLook;
import org.iprstudio.store.StudyChange;

/**
 * Which changes a first look can check as the whole study would (decision 0027): those whose rules
 * look only at what the look holds whole, its session's moments with their codings, pairs, memos
 * and quotes, and the codebook. Anything else (a theme, the structure, a removal that cascades, a
 * moment removed, which a theme may name as an exemplar) waits for the whole study.
 */
final class LookChanges {
    private LookChanges() {
    }

    static boolean checkable(StudyLook look, List<StudyChange> changes) {
        for (StudyChange change : changes) {
            if (!checkable(look, change)) {
                return false;
            }
        }
        return true;
    }

    private static boolean checkable(StudyLook look, StudyChange change) {
        Study held = look.study();
        if (change instanceof StudyChange.Put put) {
            Object entity = put.entity();
            if (entity instanceof Coding c) {
                return c.momentId() != null ? holds(held, c.momentId()) : holds(held, c.pairId());
            } else if (entity instanceof Moment m) {
                return held.find(m.passId()).orElse(null) instanceof RecallPass pass && look.covers(pass.sessionId());
            } else if (entity instanceof MomentPair p) {
                return holds(held, p.firstMomentId()) && holds(held, p.secondMomentId());
            } else if (entity instanceof Quote q) {
                return look.covers(q.sessionId()) && (q.momentId() == null || holds(held, q.momentId()));
            } else if (entity instanceof Memo memo) {
                return aboutWhatIsHeld(held, memo);
            }
            return entity instanceof Code; // every code is in the look; a put does not touch its codings elsewhere
        }
        if (change instanceof StudyChange.Delete delete) {
            // a removal's cascade (StudyService.deletionOf) is worked out on the look only for these
            Object entity = delete.entity();
            if (entity instanceof Memo memo) {
                return holds(held, memo.id()) && aboutWhatIsHeld(held, memo);
            }
            return (entity instanceof Coding || entity instanceof MomentPair || entity instanceof Quote) && holds(held, delete.entity().id());
        }
        return change instanceof StudyChange.Audit;
    }

    private static boolean aboutWhatIsHeld(Study held, Memo memo) {
        return memo.target() == MemoTarget.STUDY || memo.target() != MemoTarget.THEME && memo.targetId() != null && holds(held, memo.targetId());
    }

    private static boolean holds(Study held, UUID id) {
        return id != null && held.find(id).isPresent();
    }
}
