package org.iprstudio.app;

import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Supervision;
import org.iprstudio.domain.SupervisionRecord;
import org.iprstudio.store.StudyChange;

/** The supervision changes, applied to the study in memory with a way back (kept out of StudyService to keep it small). */
final class SupervisionChanges {
    private SupervisionChanges() {
    }

    static void applyInMemory(Study study, StudyChange change, Deque<Runnable> undo) {
        Supervision supervision = study.supervision();
        if (change instanceof StudyChange.PutSupervision put) {
            SupervisionRecord record = put.record();
            Optional<SupervisionRecord> before = supervision.find(record.id());
            supervision.put(record, study);
            undo.push(() -> before.ifPresentOrElse(b -> supervision.put(b, study), () -> supervision.remove(record.id())));
        } else if (change instanceof StudyChange.DeleteSupervision delete) {
            SupervisionRecord record = supervision.find(delete.record().id()).orElseThrow(() -> new DomainException(
                    AppMessages.of("supervisionChanges.gone")));
            supervision.remove(record.id());
            undo.push(() -> supervision.put(record, study));
        } else if (change instanceof StudyChange.SetSupervisionQuestions set) {
            List<String> before = supervision.questions();
            supervision.setQuestions(set.questions());
            undo.push(() -> supervision.setQuestions(before));
        }
    }
}
