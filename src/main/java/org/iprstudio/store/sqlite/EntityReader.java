package org.iprstudio.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.RecallLock;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.ScaleLabel;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Trajectory;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.store.StoreMessages;

/** Reads the rows of a study file back into domain records. */
final class EntityReader {
    private final Connection connection;

    EntityReader(Connection connection) {
        this.connection = connection;
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    StudyHeader header() throws SQLException {
        List<StudyHeader> rows = query("SELECT * FROM study", rs -> new StudyHeader(Rows.uuid(rs, "id"), rs.getString("title"),
                rs.getString("approval"), Rows.date(rs, "period_start"), Rows.date(rs, "period_end"),
                protocol(Rows.time(rs, "window_before_ms"), Rows.time(rs, "window_after_ms")).withTranscriptInRecall(rs.getInt("transcript_in_recall") == 1)));
        if (rows.size() != 1) {
            throw new SQLException("the study record is missing", "corrupt", 11);
        }
        return rows.get(0);
    }

    private Protocol protocol(MediaTime before, MediaTime after) throws SQLException {
        List<Integer> sessions = query("SELECT number FROM protocol_session ORDER BY position", rs -> rs.getInt(1));
        List<String> prompts = query("SELECT text FROM protocol_prompt ORDER BY position", rs -> rs.getString(1));
        List<String> tags = query("SELECT text FROM protocol_quick_tag ORDER BY position", rs -> rs.getString(1));
        return new Protocol(sessions, prompts, scale("helpfulness"), scale("intensity"), new PairingWindow(before, after), tags);
    }

    private RatingScale scale(String kind) throws SQLException {
        List<ScaleLabel> labels = query("SELECT value, label FROM scale_label WHERE kind = '" + kind + "' ORDER BY value",
                rs -> new ScaleLabel(rs.getDouble("value"), rs.getString("label")));
        List<RatingScale> scales = query("SELECT * FROM rating_scale WHERE kind = '" + kind + "'",
                rs -> new RatingScale(rs.getString("name"), rs.getDouble("min"), rs.getDouble("max"), rs.getDouble("step"), labels));
        return scales.isEmpty() ? null : scales.get(0);
    }

    /** The study's structure, parents before children: sites, participants, dyads, sessions, recall passes. */
    List<Entity> structure() throws SQLException {
        List<Entity> all = new ArrayList<>();
        // by column position: a large study has tens of thousands of these rows, and a lookup by name per value was much of their read
        all.addAll(query("SELECT id, code, name FROM site ORDER BY code", rs -> new Site(Rows.uuid(rs, 1), rs.getString(2), rs.getString(3))));
        all.addAll(query("SELECT id, code, role, pseudonym FROM participant ORDER BY code", rs -> new Participant(Rows.uuid(rs, 1), rs.getString(2),
                Rows.enumOf(Role.class, rs, 3), rs.getString(4))));
        all.addAll(query("SELECT id, code, site_id, therapist_id, client_id, trajectory FROM dyad ORDER BY code", rs -> new Dyad(Rows.uuid(rs, 1),
                rs.getString(2), Rows.uuid(rs, 3), Rows.uuid(rs, 4), Rows.uuid(rs, 5), Rows.enumOf(Trajectory.class, rs, 6))));
        all.addAll(query("SELECT id, dyad_id, number, date, media_path, media_sha256, media_duration_ms FROM session ORDER BY rowid", this::session));
        all.addAll(query("SELECT id, session_id, perspective, participant_id, interviewer_id, date, status, missing_reason FROM recall_pass ORDER BY rowid",
                rs -> new RecallPass(Rows.uuid(rs, 1), Rows.uuid(rs, 2), Rows.enumOf(Role.class, rs, 3), Rows.uuid(rs, 4), Rows.uuid(rs, 5),
                        Rows.date(rs, 6), Rows.enumOf(PassStatus.class, rs, 7), rs.getString(8))));
        return all;
    }

    /** How many moments each recall pass holds, counted by SQLite over the pass index (no moment is read). */
    Map<UUID, Integer> momentCounts() throws SQLException {
        Map<UUID, Integer> counts = new HashMap<>();
        for (Object[] row : query("SELECT pass_id, COUNT(*) FROM moment GROUP BY pass_id", rs -> new Object[] {Rows.uuid(rs, 1), rs.getInt(2)})) {
            counts.put((UUID) row[0], (Integer) row[1]);
        }
        return counts;
    }

    /** Every entity, parents before children (the order {@code Study.of} replays them in). */
    List<Entity> entities() throws SQLException {
        return entities(null);
    }

    /**
     * The same; given a second connection to the same file, a thread of its own reads the last part of
     * the moments and then the codes, pairs and codings on it while this one reads the rest of the
     * moments: a million moments and a million codings read side by side on two cores. A problem is
     * reported as a read one after the other reports it (the moments' first, in row order), and neither
     * connection is left in use when this returns.
     */
    List<Entity> entities(Connection alongside) throws SQLException {
        List<Entity> all = structure();
        Map<UUID, List<String>> tags = new HashMap<>();
        for (Object[] row : query("SELECT moment_id, tag FROM moment_tag ORDER BY moment_id, position", rs -> new Object[] {Rows.uuid(rs, 1), rs.getString(2)})) {
            tags.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        // The large tables are read by column position, and the ids a row refers to are shared with the
        // record they name (one UUID object for a pass, not one per moment): less to build, less to keep.
        Ids passIds = new Ids(all, RecallPass.class);
        // Side by side: this thread reads the first seven tenths of the moments (by row number), the other
        // the last three tenths, then the codes, pairs and codings: about the same time each.
        long lastRow = alongside == null ? Long.MAX_VALUE : query("SELECT ifnull(max(rowid), 0) FROM moment", rs -> rs.getLong(1)).get(0);
        long split = alongside == null ? Long.MAX_VALUE : lastRow / 10 * 7;
        SideRead<List<Entity>> side = alongside == null ? null : SideRead.start("study reader (codings)", () -> {
            EntityReader other = new EntityReader(alongside);
            List<Entity> rest = new ArrayList<>(other.moments(passIds, tags, split + 1, Long.MAX_VALUE)); // in the order read one after the other
            rest.addAll(other.codesPairsAndCodings());
            return rest;
        });
        try {
            all.addAll(moments(passIds, tags, Long.MIN_VALUE, split)); // from the lowest row number SQLite allows
        } catch (SQLException | RuntimeException | Error e) {
            if (side != null) {
                side.awaitQuietly(); // its connection is closed after this returns: not while it is read
            }
            throw e;
        }
        all.addAll(side == null ? codesPairsAndCodings() : side.result());
        all.addAll(themes());
        all.addAll(memos());
        all.addAll(attributes());
        all.addAll(query("SELECT " + QUOTE_COLUMNS + " FROM quote ORDER BY rowid", EntityReader::quote));
        return all;
    }

    /** The moments whose row number is from {@code first} to {@code last}, both included, in row order, with their quick tags. */
    private List<Moment> moments(Ids passIds, Map<UUID, List<String>> tags, long first, long last) throws SQLException {
        List<Moment> result = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT " + MOMENT_COLUMNS + " FROM moment WHERE rowid >= ? AND rowid <= ? ORDER BY rowid")) {
            st.setLong(1, first);
            st.setLong(2, last);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Moment m = moment(rs, passIds);
                    result.add(tags.containsKey(m.id()) ? m.withTags(tags.get(m.id())) : m);
                }
            }
        }
        return result;
    }

    /** The codes, then the pairs of moments, then the codings, as {@link #entities} lists them. */
    private List<Entity> codesPairsAndCodings() throws SQLException {
        List<Entity> all = new ArrayList<>(codes());
        Ids codeIds = new Ids(all, Code.class);
        all.addAll(query("SELECT " + PAIR_COLUMNS + " FROM moment_pair ORDER BY rowid", EntityReader::pair));
        all.addAll(query("SELECT id, code_id, moment_id, pair_id FROM coding ORDER BY rowid", rs -> new Coding(Rows.uuid(rs, 1),
                codeIds.shared(Rows.uuid(rs, 2)), Rows.uuid(rs, 3), Rows.uuid(rs, 4))));
        return all;
    }

    List<Code> codes() throws SQLException {
        return query("SELECT * FROM code ORDER BY rowid", rs -> new Code(Rows.uuid(rs, "id"), Rows.uuid(rs, "parent_id"),
                rs.getString("name"), rs.getString("description"), rs.getString("colour"), rs.getInt("retired") != 0));
    }

    /** The moments of some recall passes (over the pass index), in row order, with their quick tags: a first look's session. */
    List<Moment> momentsOf(List<RecallPass> passes) throws SQLException {
        Ids passIds = new Ids(new ArrayList<>(passes), RecallPass.class);
        List<Moment> result = new ArrayList<>();
        for (RecallPass pass : passes) {
            Map<UUID, List<String>> tags = new HashMap<>();
            try (PreparedStatement st = connection.prepareStatement("SELECT t.moment_id, t.tag FROM moment_tag t JOIN moment m ON m.id = t.moment_id"
                    + " WHERE m.pass_id = ? ORDER BY t.moment_id, t.position")) {
                st.setString(1, pass.id().toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        tags.computeIfAbsent(Rows.uuid(rs, 1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            try (PreparedStatement st = connection.prepareStatement("SELECT " + MOMENT_COLUMNS + " FROM moment WHERE pass_id = ? ORDER BY rowid")) {
                st.setString(1, pass.id().toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Moment m = moment(rs, passIds);
                        result.add(tags.containsKey(m.id()) ? m.withTags(tags.get(m.id())) : m);
                    }
                }
            }
        }
        return result;
    }

    /** Every memo, in row order. */
    List<Memo> memos() throws SQLException {
        return query("SELECT * FROM memo ORDER BY rowid", rs -> new Memo(Rows.uuid(rs, "id"), Rows.enumOf(MemoTarget.class, rs, "target"),
                Rows.uuid(rs, "target_id"), rs.getString("kind"), rs.getString("title"), rs.getString("text"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "modified_at")));
    }

    /** Every session's transcript, its lines in the order they were written. */
    List<Transcript> transcripts() throws SQLException {
        Map<UUID, Map<String, Role>> speakers = new HashMap<>();
        for (Object[] row : query("SELECT session_id, label, role FROM transcript_speaker ORDER BY rowid",
                rs -> new Object[] {Rows.uuid(rs, "session_id"), rs.getString("label"), Rows.enumOf(Role.class, rs, "role")})) {
            speakers.computeIfAbsent((UUID) row[0], k -> new java.util.LinkedHashMap<>()).put((String) row[1], (Role) row[2]);
        }
        Map<UUID, List<TranscriptCue>> cues = new HashMap<>();
        for (Object[] row : query("SELECT * FROM transcript_cue ORDER BY session_id, position", rs -> new Object[] {Rows.uuid(rs, "session_id"),
                new TranscriptCue(Rows.time(rs, "start_ms"), Rows.time(rs, "end_ms"), rs.getString("speaker"), rs.getString("text"))})) {
            cues.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((TranscriptCue) row[1]);
        }
        return query("SELECT session_id, source FROM transcript ORDER BY rowid", rs -> {
            UUID session = Rows.uuid(rs, "session_id");
            return new Transcript(session, rs.getString("source"), cues.getOrDefault(session, List.of()), speakers.getOrDefault(session, Map.of()));
        });
    }

    /** The case attributes (schema 3), then their values. */
    List<Entity> attributes() throws SQLException {
        Map<UUID, List<String>> choices = new HashMap<>();
        for (Object[] row : query("SELECT attribute_id, text FROM attribute_choice ORDER BY attribute_id, position",
                rs -> new Object[] {Rows.uuid(rs, 1), rs.getString(2)})) {
            choices.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        List<Entity> result = new ArrayList<>(query("SELECT * FROM attribute ORDER BY rowid", rs -> {
            UUID id = Rows.uuid(rs, "id");
            return new Attribute(id, Rows.enumOf(AttributeTarget.class, rs, "applies_to"), rs.getString("name"),
                    Rows.enumOf(AttributeType.class, rs, "type"), choices.getOrDefault(id, List.of()));
        }));
        result.addAll(query("SELECT id, attribute_id, COALESCE(participant_id, dyad_id) AS entity_id, value FROM attribute_value ORDER BY rowid",
                rs -> new AttributeValue(Rows.uuid(rs, "id"), Rows.uuid(rs, "attribute_id"), Rows.uuid(rs, "entity_id"), rs.getString("value"))));
        return result;
    }

    RecallLock recallLock() throws SQLException {
        List<RecallLock> rows = query("SELECT * FROM recall_lock", rs -> new RecallLock(rs.getString("algorithm"), rs.getInt("iterations"),
                rs.getString("salt"), rs.getString("hash")));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A session from the columns id, dyad_id, number, date, media_path, media_sha256, media_duration_ms in that order. */
    private Session session(ResultSet rs) throws SQLException {
        String path = rs.getString(5);
        MediaRef media = path == null ? null : new MediaRef(path, rs.getString(6), Rows.time(rs, 7));
        return new Session(Rows.uuid(rs, 1), Rows.uuid(rs, 2), Rows.integer(rs, 3), Rows.date(rs, 4), media);
    }

    /** The columns {@link #moment} reads, in its order. */
    static final String MOMENT_COLUMNS = "id, pass_id, anchor_ms, span_start_ms, span_end_ms, initiator, comment, time_frame, helpfulness, intensity, created_at";
    /** The columns {@link #pair} reads, in its order. */
    static final String PAIR_COLUMNS = "id, first_moment_id, second_moment_id, method, pair_class, decision, reason";
    /** The columns {@link #quote} reads, in its order. */
    static final String QUOTE_COLUMNS = "id, moment_id, session_id, start_ms, end_ms, text";

    static MomentPair pair(ResultSet rs) throws SQLException {
        return new MomentPair(Rows.uuid(rs, 1), Rows.uuid(rs, 2), Rows.uuid(rs, 3), Rows.enumOf(PairMethod.class, rs, 4),
                Rows.enumOf(PairClass.class, rs, 5), Rows.enumOf(PairDecision.class, rs, 6), rs.getString(7));
    }

    static Quote quote(ResultSet rs) throws SQLException {
        return new Quote(Rows.uuid(rs, 1), Rows.uuid(rs, 2), Rows.uuid(rs, 3), new TimeSpan(Rows.time(rs, 4), Rows.time(rs, 5)), rs.getString(6));
    }

    private Moment moment(ResultSet rs, Ids passIds) throws SQLException {
        MediaTime spanStart = Rows.time(rs, 4);
        MediaTime spanEnd = Rows.time(rs, 5);
        if ((spanStart == null) != (spanEnd == null)) {
            throw Rows.bad(rs, spanStart == null ? "span_start_ms" : "span_end_ms", null, StoreMessages.of("rows.expected.spanEnds"));
        }
        Double helpfulness = Rows.real(rs, 9);
        return new Moment(Rows.uuid(rs, 1), passIds.shared(Rows.uuid(rs, 2)), Rows.time(rs, 3),
                spanStart == null ? null : new TimeSpan(spanStart, spanEnd), Rows.enumOf(Initiator.class, rs, 6),
                rs.getString(7), Rows.enumOf(TimeFrame.class, rs, 8),
                helpfulness == null ? null : helpfulness(helpfulness), Rows.integer(rs, 10), created(rs));
    }

    private String lastCreatedText;
    private java.time.Instant lastCreated;

    /** Moments made in one go (an import, a kit) share their time: one Instant for a run of equal ones. */
    private java.time.Instant created(ResultSet rs) throws SQLException {
        String text = rs.getString(11);
        if (text == null || !text.equals(lastCreatedText)) {
            lastCreated = Rows.instant(rs, 11);
            lastCreatedText = text;
        }
        return lastCreated;
    }

    /** The scale has 17 points: one object each, shared by every moment rated there. */
    private final Helpfulness[] ratings = new Helpfulness[19];

    private Helpfulness helpfulness(double value) {
        int slot = (int) (value * 2);
        if (slot == value * 2 && slot >= 0 && slot < ratings.length) {
            Helpfulness shared = ratings[slot];
            if (shared == null) {
                shared = new Helpfulness(value); // checks the value, as for any other
                ratings[slot] = shared;
            }
            return shared;
        }
        return new Helpfulness(value);
    }

    /** The ids of records already read, to share with the rows that refer to them; an unknown id is kept as read (the study reports it). */
    private static final class Ids {
        private final Map<UUID, UUID> known = new HashMap<>();

        Ids(List<Entity> records, Class<? extends Entity> type) {
            for (Entity e : records) {
                if (type.isInstance(e)) {
                    known.put(e.id(), e.id());
                }
            }
        }

        UUID shared(UUID id) {
            UUID same = id == null ? null : known.get(id);
            return same == null ? id : same;
        }
    }

    private List<Theme> themes() throws SQLException {
        Map<UUID, List<UUID>> codes = grouped("SELECT theme_id, code_id FROM theme_code ORDER BY theme_id, position");
        Map<UUID, List<UUID>> exemplars = grouped("SELECT theme_id, moment_id FROM theme_exemplar ORDER BY theme_id, position");
        return query("SELECT * FROM theme ORDER BY position, rowid", rs -> {
            UUID id = Rows.uuid(rs, "id");
            return new Theme(id, Rows.uuid(rs, "parent_id"), rs.getString("name"), rs.getString("definition"),
                    Rows.enumOf(ThemeStatus.class, rs, "status"), rs.getInt("position"),
                    codes.getOrDefault(id, List.of()), exemplars.getOrDefault(id, List.of()));
        });
    }

    private Map<UUID, List<UUID>> grouped(String sql) throws SQLException {
        Map<UUID, List<UUID>> result = new HashMap<>();
        for (UUID[] row : query(sql, rs -> new UUID[] {Rows.uuid(rs, 1), Rows.uuid(rs, 2)})) {
            result.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return result;
    }

    /** A query with one id as its parameter ?1. */
    <T> List<T> query(String sql, UUID id, RowMapper<T> mapper) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, id.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
        }
        return result;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(mapper.map(rs));
            }
        }
        return result;
    }
}
