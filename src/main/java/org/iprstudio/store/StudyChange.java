package org.iprstudio.store;

import org.iprstudio.domain.Entity;
import org.iprstudio.domain.RecallLock;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.Transcript;

/** One change to a study; a list of them is applied as one transaction. */
public sealed interface StudyChange permits StudyChange.Put, StudyChange.Delete, StudyChange.SetHeader, StudyChange.SetRecallLock, StudyChange.SetTranscript,
        StudyChange.PutSupervision, StudyChange.DeleteSupervision, StudyChange.SetSupervisionQuestions {

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
}
