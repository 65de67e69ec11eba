package org.iprstudio.app;

import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.store.StudyChange;

/** Changes made to a study in memory, each through the study's rules, with how to take each back (StudyService commits them). */
final class ChangesInMemory {
    private ChangesInMemory() {
    }

    /** Makes a list of changes, ending with its audit line, to a study in memory, noting how to take each back. */
    static void apply(Study study, List<StudyChange> all, Deque<Runnable> undo) {
        org.iprstudio.domain.AuditEvent event = ((StudyChange.Audit) all.get(all.size() - 1)).event();
        for (StudyChange change : all) {
            apply(study, change, undo, event);
        }
    }

    /** Makes one change to a study in memory (the audit line's who and when stamp a coding put), noting how to take it back. */
    static void apply(Study study, StudyChange change, Deque<Runnable> undo, org.iprstudio.domain.AuditEvent event) {
        if (change instanceof StudyChange.Put put) {
            Entity entity = put.entity();
            Optional<Entity> before = study.find(entity.id());
            study.put(entity);
            undo.push(() -> before.ifPresentOrElse(study::put, () -> study.remove(entity.id())));
            if (entity instanceof org.iprstudio.domain.Coding) {
                var stampBefore = study.team().stampOf(entity.id()).orElse(null);
                study.team().setStamp(entity.id(), new org.iprstudio.domain.CodingStamp(event.who(), event.at()));
                undo.push(() -> study.team().setStamp(entity.id(), stampBefore));
            }
        } else if (change instanceof StudyChange.Delete delete) {
            Entity entity = study.find(delete.entity().id()).orElseThrow(() -> new DomainException(
                    AppMessages.of("studyService.deletedMeanwhile", org.iprstudio.domain.DomainMessages.of("entity." + delete.entity().getClass().getSimpleName()))));
            study.remove(entity.id());
            undo.push(() -> study.put(entity));
        } else if (change instanceof StudyChange.SetHeader setHeader) {
            StudyHeader before = study.header();
            study.setHeader(setHeader.header());
            undo.push(() -> study.setHeader(before));
        } else if (change instanceof StudyChange.SetRecallLock setLock) {
            var before = study.recallLock().orElse(null);
            study.setRecallLock(setLock.lock());
            undo.push(() -> study.setRecallLock(before));
        } else if (change instanceof StudyChange.SetTranscript set) {
            var before = study.transcriptOf(set.sessionId()).orElse(null);
            study.setTranscript(set.sessionId(), set.transcript());
            undo.push(() -> study.setTranscript(set.sessionId(), before));
        } else {
            SupervisionChanges.applyInMemory(study, change, undo);
            TeamChanges.applyInMemory(study, change, undo);
        }
    }
}
