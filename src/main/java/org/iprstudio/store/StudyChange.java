package org.iprstudio.store;

import org.iprstudio.domain.Entity;
import org.iprstudio.domain.RecallLock;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.Transcript;

/** One change to a study; a list of them is applied as one transaction. */
public sealed interface StudyChange permits StudyChange.Put, StudyChange.Delete, StudyChange.SetHeader, StudyChange.SetRecallLock, StudyChange.SetTranscript,
        StudyChange.PutSupervision, StudyChange.DeleteSupervision, StudyChange.SetSupervisionQuestions,
        StudyChange.PutResearcher, StudyChange.PutRound, StudyChange.PutRoundCoding, StudyChange.DeleteRoundCoding, StudyChange.PutDecision,
        StudyChange.Audit {

    /** Adds the entity or replaces the one with its id. */
    record Put(Entity entity) implements StudyChange {
    }

    /** Removes the entity; whatever refers to it must be deleted earlier in the same list. */
    record Delete(Entity entity) implements StudyChange {
    }

    record SetHeader(StudyHeader header) implements StudyChange {
    }

    /** Sets (or, with null, removes) the hash of the recall screen's passphrase. */
    record SetRecallLock(RecallLock lock) implements StudyChange {
    }

    /** Sets (or, with a null transcript, removes) the transcript of a session, replacing any it had. */
    record SetTranscript(java.util.UUID sessionId, Transcript transcript) implements StudyChange {
    }

    /** Adds or replaces a supervision meeting, stop or learning point. */
    record PutSupervision(org.iprstudio.domain.SupervisionRecord record) implements StudyChange {
    }

    /** Removes a supervision record; its stops and learning points must be deleted earlier in the same list. */
    record DeleteSupervision(org.iprstudio.domain.SupervisionRecord record) implements StudyChange {
    }

    /** Replaces the lead questions offered to the supervisor in a supervision recall. */
    record SetSupervisionQuestions(java.util.List<String> questions) implements StudyChange {
        public SetSupervisionQuestions {
            questions = java.util.List.copyOf(questions);
        }
    }

    // ---- the team (who did what, coding rounds) ----------------------------------------------

    /** Adds a researcher to the study's team, or renames one (by initials). */
    record PutResearcher(org.iprstudio.domain.Researcher researcher) implements StudyChange {
    }

    /** Starts, changes or closes a coding round. */
    record PutRound(org.iprstudio.domain.CodingRound round) implements StudyChange {
    }

    /** A coder applies a code within an open round. */
    record PutRoundCoding(org.iprstudio.domain.RoundCoding coding) implements StudyChange {
    }

    /** A coder takes back a code within an open round. */
    record DeleteRoundCoding(org.iprstudio.domain.RoundCoding coding) implements StudyChange {
    }

    /** The team's consensus on one unit of a closed round (the study's coding changes in the same list). */
    record PutDecision(org.iprstudio.domain.ConsensusDecision decision) implements StudyChange {
    }

    /**
     * The audit line of the other changes in its list; the study service adds it, so every
     * transaction carries its own who, when and what.
     */
    record Audit(org.iprstudio.domain.AuditEvent event) implements StudyChange {
    }
}
