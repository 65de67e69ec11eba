package org.iprstudio.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.LearningPoint;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.StoppedBy;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Supervision;
import org.iprstudio.domain.SupervisionMeeting;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.domain.SupervisionRecord;
import org.iprstudio.domain.TimeFrame;

/** The supervision tables (schema 6): reading them into a study, and writing one change, inside the caller's transaction. */
final class SupervisionRows {
    private final Connection connection;

    SupervisionRows(Connection connection) {
        this.connection = connection;
    }

    void put(SupervisionRecord record) throws SQLException {
        if (record instanceof SupervisionMeeting m) {
            execute("INSERT INTO supervision_meeting (id, session_id, trainee_id, supervisor_id, date, summary, client_view_opened_at)"
                    + " VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET session_id = excluded.session_id, trainee_id = excluded.trainee_id,"
                    + " supervisor_id = excluded.supervisor_id, date = excluded.date, summary = excluded.summary,"
                    + " client_view_opened_at = excluded.client_view_opened_at",
                    m.id(), m.sessionId(), m.traineeId(), m.supervisorId(), m.date(), m.summary(), m.clientViewOpenedAt());
        } else if (record instanceof SupervisionMoment m) {
            execute("INSERT INTO supervision_moment (id, meeting_id, anchor_ms, stopped_by, question, recall, time_frame, helpfulness, feedback,"
                    + " created_at) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET meeting_id = excluded.meeting_id,"
                    + " anchor_ms = excluded.anchor_ms, stopped_by = excluded.stopped_by, question = excluded.question, recall = excluded.recall,"
                    + " time_frame = excluded.time_frame, helpfulness = excluded.helpfulness, feedback = excluded.feedback,"
                    + " created_at = excluded.created_at",
                    m.id(), m.meetingId(), m.anchor(), m.stoppedBy(), m.question(), m.recall(), m.timeFrame(),
                    m.helpfulness() == null ? null : m.helpfulness().value(), m.feedback(), m.createdAt());
        } else if (record instanceof LearningPoint p) {
            execute("INSERT INTO learning_point (id, moment_id, text, status, noted_on) VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                    + " moment_id = excluded.moment_id, text = excluded.text, status = excluded.status, noted_on = excluded.noted_on",
                    p.id(), p.momentId(), p.text(), p.status(), p.noted());
        }
    }

    void delete(SupervisionRecord record) throws SQLException {
        String table = record instanceof SupervisionMeeting ? "supervision_meeting" : record instanceof SupervisionMoment ? "supervision_moment"
                : "learning_point";
        execute("DELETE FROM " + table + " WHERE id = ?", record.id());
    }

    void putQuestions(List<String> questions) throws SQLException {
        execute("DELETE FROM supervision_question");
        for (int i = 0; i < questions.size(); i++) {
            execute("INSERT INTO supervision_question (position, text) VALUES (?, ?)", i, questions.get(i));
        }
    }

    /** Writes a whole supervision (a new study file). */
    void putAll(Supervision supervision) throws SQLException {
        putQuestions(supervision.questions());
        for (SupervisionRecord record : supervision.recordsInDependencyOrder()) {
            put(record);
        }
    }

    /** Reads the supervision tables into the study, checking every record as it is put. */
    void readInto(Study study) throws SQLException {
        // a file of a format before supervision (opened by a program that reads only up to that format) has no such tables
        if (query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'supervision_meeting'", rs -> rs.getString(1)).isEmpty()) {
            return;
        }
        Supervision supervision = study.supervision();
        supervision.setQuestions(query("SELECT text FROM supervision_question ORDER BY position", rs -> rs.getString(1)));
        for (SupervisionMeeting m : query("SELECT * FROM supervision_meeting ORDER BY rowid", rs -> new SupervisionMeeting(Rows.uuid(rs, "id"),
                Rows.uuid(rs, "session_id"), Rows.uuid(rs, "trainee_id"), Rows.uuid(rs, "supervisor_id"), Rows.date(rs, "date"),
                rs.getString("summary"), Rows.instant(rs, "client_view_opened_at")))) {
            supervision.put(m, study);
        }
        for (SupervisionMoment m : query("SELECT * FROM supervision_moment ORDER BY rowid", rs -> {
            Double helpfulness = Rows.real(rs, "helpfulness");
            return new SupervisionMoment(Rows.uuid(rs, "id"), Rows.uuid(rs, "meeting_id"), Rows.time(rs, "anchor_ms"),
                    Rows.enumOf(StoppedBy.class, rs, "stopped_by"), rs.getString("question"), rs.getString("recall"),
                    Rows.enumOf(TimeFrame.class, rs, "time_frame"), helpfulness == null ? null : new Helpfulness(helpfulness),
                    rs.getString("feedback"), Rows.instant(rs, "created_at"));
        })) {
            supervision.put(m, study);
        }
        for (LearningPoint p : query("SELECT * FROM learning_point ORDER BY rowid", rs -> new LearningPoint(Rows.uuid(rs, "id"),
                Rows.uuid(rs, "moment_id"), rs.getString("text"), Rows.enumOf(LearningStatus.class, rs, "status"), Rows.date(rs, "noted_on")))) {
            supervision.put(p, study);
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            Rows.bind(st, values);
            st.executeUpdate();
        }
    }

    private <T> List<T> query(String sql, EntityReader.RowMapper<T> mapper) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(mapper.map(rs));
            }
        }
        return result;
    }
}
