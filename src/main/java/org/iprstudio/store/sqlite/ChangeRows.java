package org.iprstudio.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.CodingStamp;
import org.iprstudio.store.StudyChange;

/** The rows a list of changes writes, in one transaction the store has begun (SqliteStudyStore.apply). */
final class ChangeRows {
    private ChangeRows() {
    }

    static void write(List<StudyChange> changes, EntityWriter writer, Connection connection) throws SQLException {
        SupervisionRows supervisionRows = new SupervisionRows(connection);
        // the audit line of the list (the last one: a coder kit brings older ones along) says who made its codings, and when
        AuditEvent audit = changes.stream().filter(StudyChange.Audit.class::isInstance).map(c -> ((StudyChange.Audit) c).event())
                .reduce((first, last) -> last).orElse(null);
        TeamWriter team = new TeamWriter(writer);
        for (StudyChange change : changes) {
            if (change instanceof StudyChange.Put put) {
                writer.put(put.entity());
                if (audit != null && put.entity() instanceof Coding coding) {
                    team.stampCoding(coding.id(), new CodingStamp(audit.who(), audit.at()));
                }
            } else if (change instanceof StudyChange.Delete delete) {
                writer.delete(delete.entity());
            } else if (change instanceof StudyChange.SetHeader header) {
                writer.putHeader(header.header());
            } else if (change instanceof StudyChange.SetRecallLock lock) {
                writer.putRecallLock(lock.lock());
            } else if (change instanceof StudyChange.SetTranscript transcript) {
                writer.putTranscript(transcript.sessionId(), transcript.transcript());
            } else if (change instanceof StudyChange.PutSupervision put) {
                supervisionRows.put(put.record());
            } else if (change instanceof StudyChange.DeleteSupervision delete) {
                supervisionRows.delete(delete.record());
            } else if (change instanceof StudyChange.SetSupervisionQuestions questions) {
                supervisionRows.putQuestions(questions.questions());
            } else if (change instanceof StudyChange.PutResearcher r) {
                team.putResearcher(r.researcher());
            } else if (change instanceof StudyChange.PutRound r) {
                team.putRound(r.round());
            } else if (change instanceof StudyChange.PutRoundCoding c) {
                team.putRoundCoding(c.coding());
            } else if (change instanceof StudyChange.DeleteRoundCoding c) {
                team.deleteRoundCoding(c.coding());
            } else if (change instanceof StudyChange.PutDecision d) {
                team.putDecision(d.decision());
            } else if (change instanceof StudyChange.Audit a) {
                team.append(a.event());
            }
        }
    }
}
