package org.iprstudio.app.team;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyChange;

/**
 * Makes a committed change to a coder's blind copy of the study (see {@link CodingLens}) instead of
 * building the copy again: on a million-moment study the copy is two million records, and a coder's
 * every click rebuilt it. Only what the copy can follow on its own is made to it: the coder's own
 * round codings, the study's codings outside the round's sessions, and records put (moments, pairs,
 * codes, themes, memos, attributes, quotes). A removal of anything but a coding, a change of header
 * or of a round, a pair or coding moved to other moments, a record brought back that the coder's
 * own round codings name (an undo of a merge or an unlink: the fresh copy would show those codings
 * again), and any change the copy refuses, ask for a fresh copy: they are rare, and what a removal
 * takes along is worked out on the whole study, not on the copy.
 */
final class BlindCopyChanges {
    private BlindCopyChanges() {
    }

    /**
     * Makes the changes to the copy; false if it cannot follow them (the copy may then be part-changed,
     * and must be dropped).
     *
     * @param inBlindSession whether a study coding lies on a session of the copy's rounds (hidden there)
     * @param moved whether a pair or coding put joins or lies on other moments than before (StudyService.movedInChange)
     * @param namedByOwn the moments, pairs and codes the coder's own round codings name
     */
    static boolean apply(Study copy, List<StudyChange> changes, String coder, Set<UUID> roundIds, Predicate<Coding> inBlindSession,
                         Predicate<Entity> moved, Set<UUID> namedByOwn) {
        try {
            for (StudyChange change : changes) {
                if (change instanceof StudyChange.Put put && (moved.test(put.entity())
                        || namedByOwn.contains(put.entity().id()) && copy.find(put.entity().id()).isEmpty())) {
                    return false;
                }
                if (!applyOne(copy, change, coder, roundIds, inBlindSession)) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private static boolean applyOne(Study copy, StudyChange change, String coder, Set<UUID> roundIds, Predicate<Coding> inBlindSession) {
        if (change instanceof StudyChange.Put put) {
            Entity entity = put.entity();
            if (!(entity instanceof Coding coding) || !inBlindSession.test(coding)) {
                copy.put(entity);
            }
            return true;
        } else if (change instanceof StudyChange.Delete delete) {
            if (delete.entity() instanceof Coding coding) {
                if (!inBlindSession.test(coding) && copy.find(coding.id()).isPresent()) {
                    copy.remove(coding.id());
                }
                return true;
            }
            return false;
        } else if (change instanceof StudyChange.PutRoundCoding put) {
            RoundCoding own = put.coding();
            if (own.coder().equals(coder) && roundIds.contains(own.roundId())) {
                copy.put(new Coding(own.id(), own.codeId(), own.momentId(), own.pairId()));
            }
            return true;
        } else if (change instanceof StudyChange.DeleteRoundCoding delete) {
            RoundCoding own = delete.coding();
            if (own.coder().equals(coder) && roundIds.contains(own.roundId()) && copy.find(own.id()).isPresent()) {
                copy.remove(own.id());
            }
            return true;
        }
        // the copy holds no team records, supervision, transcripts or recall lock: those change nothing in it
        return change instanceof StudyChange.PutResearcher || change instanceof StudyChange.PutSupervision
                || change instanceof StudyChange.DeleteSupervision || change instanceof StudyChange.SetSupervisionQuestions
                || change instanceof StudyChange.SetTranscript || change instanceof StudyChange.SetRecallLock
                || change instanceof StudyChange.Audit;
    }
}
