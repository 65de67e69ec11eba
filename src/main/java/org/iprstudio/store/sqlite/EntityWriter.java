package org.iprstudio.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.RecallLock;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.ScaleLabel;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;

/**
 * Writes domain records as rows, inside the caller's transaction. Upserts (not INSERT OR
 * REPLACE, which deletes first) keep foreign keys intact. Statements are prepared once.
 */
final class EntityWriter implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    /** Writing into an empty new study: no moment has old tags to clear first (a million needless deletes). */
    private final boolean intoEmptyStudy;

    EntityWriter(Connection connection) {
        this(connection, false);
    }

    EntityWriter(Connection connection, boolean intoEmptyStudy) {
        this.connection = connection;
        this.intoEmptyStudy = intoEmptyStudy;
    }

    void put(Entity entity) throws SQLException {
        if (entity instanceof Site s) {
            upsert("site", List.of("code", "name"), s.id(), s.code(), s.name());
        } else if (entity instanceof Participant p) {
            upsert("participant", List.of("code", "role", "pseudonym"), p.id(), p.code(), p.role(), p.pseudonym());
        } else if (entity instanceof Dyad d) {
            upsert("dyad", List.of("code", "site_id", "therapist_id", "client_id", "trajectory"),
                    d.id(), d.code(), d.siteId(), d.therapistId(), d.clientId(), d.trajectory());
        } else if (entity instanceof Session s) {
            upsert("session", List.of("dyad_id", "number", "date", "media_path", "media_sha256", "media_duration_ms"),
                    s.id(), s.dyadId(), s.number(), s.date(), s.media() == null ? null : s.media().path(),
                    s.media() == null ? null : s.media().sha256(), s.media() == null ? null : s.media().duration());
        } else if (entity instanceof RecallPass r) {
            upsert("recall_pass", List.of("session_id", "perspective", "participant_id", "interviewer_id", "date", "status", "missing_reason"),
                    r.id(), r.sessionId(), r.perspective(), r.participantId(), r.interviewerId(), r.date(), r.status(), r.missingReason());
        } else if (entity instanceof Moment m) {
            upsert("moment", List.of("pass_id", "anchor_ms", "span_start_ms", "span_end_ms", "initiator", "comment", "time_frame",
                            "helpfulness", "intensity", "created_at"),
                    m.id(), m.passId(), m.anchor(), m.span() == null ? null : m.span().start(), m.span() == null ? null : m.span().end(),
                    m.initiator(), m.comment(), m.timeFrame(), m.helpfulness() == null ? null : m.helpfulness().value(), m.intensity(), m.createdAt());
            if (!intoEmptyStudy) {
                execute("DELETE FROM moment_tag WHERE moment_id = ?", m.id());
            }
            for (int i = 0; i < m.tags().size(); i++) {
                execute("INSERT INTO moment_tag (moment_id, tag, position) VALUES (?,?,?)", m.id(), m.tags().get(i), i);
            }
        } else if (entity instanceof Code c) {
            upsert("code", List.of("parent_id", "name", "description", "colour", "retired"),
                    c.id(), c.parentId(), c.name(), c.description(), c.colour(), c.retired());
        } else if (entity instanceof Coding c) {
            upsert("coding", List.of("code_id", "moment_id", "pair_id"), c.id(), c.codeId(), c.momentId(), c.pairId());
        } else if (entity instanceof Theme t) {
            putTheme(t);
        } else if (entity instanceof Memo m) {
            upsert("memo", List.of("target", "target_id", "kind", "title", "text", "created_at", "modified_at"),
                    m.id(), m.target(), m.targetId(), m.kind(), m.title(), m.text(), m.createdAt(), m.modifiedAt());
        } else if (entity instanceof MomentPair p) {
            upsert("moment_pair", List.of("first_moment_id", "second_moment_id", "method", "pair_class", "decision", "reason"),
                    p.id(), p.firstMomentId(), p.secondMomentId(), p.method(), p.pairClass(), p.decision(), p.reason());
        } else if (entity instanceof Attribute a) {
            upsert("attribute", List.of("applies_to", "name", "type"), a.id(), a.appliesTo(), a.name(), a.type());
            execute("DELETE FROM attribute_choice WHERE attribute_id = ?", a.id());
            for (int i = 0; i < a.choices().size(); i++) {
                execute("INSERT INTO attribute_choice (attribute_id, position, text) VALUES (?,?,?)", a.id(), i, a.choices().get(i));
            }
        } else if (entity instanceof AttributeValue v) {
            boolean ofParticipant = exists("SELECT 1 FROM participant WHERE id = ?", v.entityId());
            upsert("attribute_value", List.of("attribute_id", "participant_id", "dyad_id", "value"), v.id(), v.attributeId(),
                    ofParticipant ? v.entityId() : null, ofParticipant ? null : v.entityId(), v.value());
        } else if (entity instanceof Quote q) {
            upsert("quote", List.of("moment_id", "session_id", "start_ms", "end_ms", "text"), q.id(), q.momentId(), q.sessionId(),
                    q.cues().start(), q.cues().end(), q.text());
        } else {
            throw new IllegalArgumentException("No table for " + entity.getClass().getSimpleName());
        }
    }

    void delete(Entity entity) throws SQLException {
        if (entity instanceof Theme t) {
            execute("DELETE FROM theme_code WHERE theme_id = ?", t.id());
            execute("DELETE FROM theme_exemplar WHERE theme_id = ?", t.id());
        }
        if (entity instanceof Moment m) {
            execute("DELETE FROM theme_exemplar WHERE moment_id = ?", m.id());
            execute("DELETE FROM moment_tag WHERE moment_id = ?", m.id());
        }
        if (entity instanceof Code c) {
            execute("DELETE FROM theme_code WHERE code_id = ?", c.id());
        }
        if (entity instanceof Attribute a) {
            execute("DELETE FROM attribute_choice WHERE attribute_id = ?", a.id());
        }
        execute("DELETE FROM " + tableOf(entity) + " WHERE id = ?", entity.id());
    }

    void putRecallLock(RecallLock lock) throws SQLException {
        execute("DELETE FROM recall_lock");
        if (lock != null) {
            execute("INSERT INTO recall_lock (only_row, algorithm, iterations, salt, hash) VALUES (1,?,?,?,?)",
                    lock.algorithm(), lock.iterations(), lock.saltHex(), lock.hashHex());
        }
    }

    /** Replaces a session's transcript (null removes it): its speakers and lines are rewritten whole. */
    void putTranscript(UUID sessionId, Transcript transcript) throws SQLException {
        execute("DELETE FROM transcript_cue WHERE session_id = ?", sessionId);
        execute("DELETE FROM transcript_speaker WHERE session_id = ?", sessionId);
        execute("DELETE FROM transcript WHERE session_id = ?", sessionId);
        if (transcript == null) {
            return;
        }
        execute("INSERT INTO transcript (session_id, source) VALUES (?, ?)", sessionId, transcript.source());
        for (Map.Entry<String, Role> speaker : transcript.speakers().entrySet()) {
            execute("INSERT INTO transcript_speaker (session_id, label, role) VALUES (?,?,?)", sessionId, speaker.getKey(), speaker.getValue());
        }
        List<TranscriptCue> cues = transcript.cues();
        for (int i = 0; i < cues.size(); i++) {
            TranscriptCue cue = cues.get(i);
            execute("INSERT INTO transcript_cue (session_id, position, start_ms, end_ms, speaker, text) VALUES (?,?,?,?,?,?)",
                    sessionId, i, cue.start(), cue.end(), cue.speaker(), cue.text());
        }
    }

    void putHeader(StudyHeader header) throws SQLException {
        Protocol protocol = header.protocol();
        execute("DELETE FROM study");
        execute("INSERT INTO study (id, title, approval, period_start, period_end, window_before_ms, window_after_ms) VALUES (?,?,?,?,?,?,?)",
                header.id(), header.title(), header.approval(), header.periodStart(), header.periodEnd(),
                protocol.pairingWindow().before(), protocol.pairingWindow().after());
        execute("DELETE FROM protocol_session");
        for (int i = 0; i < protocol.sessionNumbers().size(); i++) {
            execute("INSERT INTO protocol_session (number, position) VALUES (?, ?)", protocol.sessionNumbers().get(i), i);
        }
        execute("DELETE FROM protocol_prompt");
        for (int i = 0; i < protocol.prompts().size(); i++) {
            execute("INSERT INTO protocol_prompt (position, text) VALUES (?, ?)", i, protocol.prompts().get(i));
        }
        execute("DELETE FROM protocol_quick_tag");
        for (int i = 0; i < protocol.quickTags().size(); i++) {
            execute("INSERT INTO protocol_quick_tag (position, text) VALUES (?, ?)", i, protocol.quickTags().get(i));
        }
        execute("DELETE FROM scale_label");
        execute("DELETE FROM rating_scale");
        putScale("helpfulness", protocol.helpfulness());
        putScale("intensity", protocol.intensity());
        if (protocol.transcriptInRecall()) { // the row was just inserted with the column's default, off
            execute("UPDATE study SET transcript_in_recall = 1");
        }
    }

    private void putScale(String kind, RatingScale scale) throws SQLException {
        execute("INSERT INTO rating_scale (kind, name, min, max, step) VALUES (?,?,?,?,?)", kind, scale.name(), scale.min(), scale.max(), scale.step());
        for (ScaleLabel label : scale.labels()) {
            execute("INSERT INTO scale_label (kind, value, label) VALUES (?,?,?)", kind, label.value(), label.label());
        }
    }

    private void putTheme(Theme t) throws SQLException {
        upsert("theme", List.of("parent_id", "name", "definition", "status", "position"),
                t.id(), t.parentId(), t.name(), t.definition(), t.status(), t.position());
        execute("DELETE FROM theme_code WHERE theme_id = ?", t.id());
        for (int i = 0; i < t.codeIds().size(); i++) {
            execute("INSERT INTO theme_code (theme_id, code_id, position) VALUES (?,?,?)", t.id(), t.codeIds().get(i), i);
        }
        execute("DELETE FROM theme_exemplar WHERE theme_id = ?", t.id());
        for (int i = 0; i < t.exemplarMomentIds().size(); i++) {
            execute("INSERT INTO theme_exemplar (theme_id, moment_id, position) VALUES (?,?,?)", t.id(), t.exemplarMomentIds().get(i), i);
        }
    }

    private void upsert(String table, List<String> columns, UUID id, Object... values) throws SQLException {
        String names = String.join(", ", columns);
        String marks = "?" + ", ?".repeat(columns.size());
        StringBuilder updates = new StringBuilder();
        for (String column : columns) {
            updates.append(updates.length() == 0 ? "" : ", ").append(column).append(" = excluded.").append(column);
        }
        Object[] all = new Object[values.length + 1];
        all[0] = id;
        System.arraycopy(values, 0, all, 1, values.length);
        execute("INSERT INTO " + table + " (id, " + names + ") VALUES (" + marks + ") ON CONFLICT(id) DO UPDATE SET " + updates, all);
    }

    private boolean exists(String sql, Object... values) throws SQLException {
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            prepared.put(sql, st);
        }
        Rows.bind(st, values);
        try (var rs = st.executeQuery()) {
            return rs.next();
        }
    }

    void execute(String sql, Object... values) throws SQLException {
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            prepared.put(sql, st);
        }
        Rows.bind(st, values);
        st.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : prepared.values()) {
            st.close();
        }
        prepared.clear();
    }

    static String tableOf(Entity entity) {
        if (entity instanceof Site) {
            return "site";
        } else if (entity instanceof Participant) {
            return "participant";
        } else if (entity instanceof Dyad) {
            return "dyad";
        } else if (entity instanceof Session) {
            return "session";
        } else if (entity instanceof RecallPass) {
            return "recall_pass";
        } else if (entity instanceof Moment) {
            return "moment";
        } else if (entity instanceof Code) {
            return "code";
        } else if (entity instanceof Coding) {
            return "coding";
        } else if (entity instanceof Theme) {
            return "theme";
        } else if (entity instanceof Memo) {
            return "memo";
        } else if (entity instanceof Attribute) {
            return "attribute";
        } else if (entity instanceof AttributeValue) {
            return "attribute_value";
        } else if (entity instanceof Quote) {
            return "quote";
        } else {
            return "moment_pair";
        }
    }
}
