package org.iprstudio.app;

import java.util.Deque;
import java.util.List;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TeamRecords;
import org.iprstudio.store.StudyChange;

/** The team's changes applied to the study in memory, each with the step that takes it back if the file refuses the list. */
final class TeamChanges {
    private TeamChanges() {
    }

    static void applyInMemory(Study study, StudyChange change, Deque<Runnable> undo) {
        TeamRecords team = study.team();
        if (change instanceof StudyChange.PutResearcher put) {
            var before = team.researcher(put.researcher().initials()).orElse(null);
            team.putResearcher(put.researcher());
            undo.push(() -> {
                if (before == null) {
                    team.removeResearcher(put.researcher().initials());
                } else {
                    team.putResearcher(before);
                }
            });
        } else if (change instanceof StudyChange.PutRound put) {
            var before = team.round(put.round().id()).orElse(null);
            team.putRound(put.round(), id -> study.find(id).isPresent(), id -> study.find(id).isPresent());
            undo.push(() -> {
                if (before == null) {
                    team.removeRound(put.round().id());
                } else {
                    team.putRound(before, id -> true, id -> true);
                }
            });
        } else if (change instanceof StudyChange.PutRoundCoding put) {
            var before = team.roundCoding(put.coding().id()).orElse(null);
            team.putRoundCoding(put.coding());
            undo.push(() -> {
                team.removeRoundCoding(put.coding().id());
                if (before != null) {
                    team.restoreRoundCodings(List.of(before));
                }
            });
        } else if (change instanceof StudyChange.DeleteRoundCoding delete) {
            var before = team.roundCoding(delete.coding().id()).orElse(null);
            team.removeRoundCoding(delete.coding().id());
            if (before != null) {
                undo.push(() -> team.restoreRoundCodings(List.of(before)));
            }
        } else if (change instanceof StudyChange.PutDecision put) {
            var before = team.decisionOn(put.decision().roundId(), put.decision().unitId()).orElse(null);
            team.putDecision(put.decision());
            undo.push(() -> {
                team.removeDecision(put.decision().id());
                if (before != null) {
                    team.putDecision(before);
                }
            });
        } else if (change instanceof StudyChange.Audit audit) {
            team.append(audit.event());
            undo.push(() -> team.removeLast(audit.event()));
        }
    }
}
