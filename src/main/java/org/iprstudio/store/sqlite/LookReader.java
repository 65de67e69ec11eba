package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.CodingStamp;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.StudyLook;
import org.iprstudio.domain.StudyOutline;
import org.iprstudio.domain.Transcript;

/**
 * Reads a first look at a large study (decision 0026): the structure, the codes, the attributes,
 * the team, the memos that name what the look holds, and one session (the one asked for, else the
 * first in the study tree's order) with its moments, pairs, codings and quotes, over the indexes by
 * pass and by moment; a few hundred rows where the whole study is millions. It is only a look: whatever it cannot read or build,
 * it does without (no look), and the whole study's read and checks report it.
 */
final class LookReader {
    /** The system property that sets how many moments a study has for a first look to be read (tests lower it). */
    static final String FROM_MOMENTS_PROPERTY = "iprstudio.firstLookFromMoments";

    /** A study with fewer moments than this is read whole at once: a look would gain little (the demo's read takes a fraction of a second). */
    private static final int FROM_MOMENTS = 200_000;

    private final EntityReader rows;
    private final Connection connection;

    LookReader(Connection connection) {
        this.connection = connection;
        this.rows = new EntityReader(connection);
    }

    /** The look as the open reads it (see {@link #read}); empty if it cannot be read (the whole read that follows reports why, with its checks). */
    static Optional<StudyLook> tryRead(Connection readOnly, String session) {
        try {
            return new LookReader(readOnly).read(session);
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A file's look at its first session, read without a lock (for tests and tools); empty for a study
     * too small to need one, one with coding rounds, one of an older format, or one that cannot be read.
     */
    static Optional<StudyLook> of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            StudyFileCheck.checkHeader(absolute);
            try (Connection readOnly = StudyFileRead.connectWithoutWriting(absolute.toRealPath())) {
                int newest = Migrations.bundled().newestVersion();
                return StudyFileCheck.checkContents(absolute, readOnly, newest, false) == newest ? tryRead(readOnly, null) : Optional.empty();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The look at the session labelled so ("D02/3"), or if there is none such (or null) the first in the study tree's order. */
    Optional<StudyLook> read(String label) throws SQLException {
        Map<UUID, Integer> counts = rows.momentCounts();
        if (counts.values().stream().mapToLong(Integer::longValue).sum() < Integer.getInteger(FROM_MOMENTS_PROPERTY, FROM_MOMENTS)) {
            return Optional.empty();
        }
        // a coder in a round is shown the study blind, built from the round's records across sessions: no look
        if (rows.query("SELECT count(*) FROM coding_round", rs -> rs.getInt(1)).get(0) > 0) {
            return Optional.empty();
        }
        // the session asked for, else the one the study tree shows first: the first site's first dyad's first session (as Study orders them)
        List<UUID> first = label == null ? List.of() : labelled(label);
        first = !first.isEmpty() ? first : rows.query("SELECT s.id FROM session s JOIN dyad d ON d.id = s.dyad_id JOIN site t ON t.id = d.site_id"
                + " ORDER BY t.code COLLATE BINARY, d.code COLLATE BINARY, s.number LIMIT 1", rs -> Rows.uuid(rs, 1));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        UUID session = first.get(0);
        StudyHeader header = rows.header();
        List<Entity> structure = rows.structure();
        List<Entity> entities = new ArrayList<>(structure);
        List<Moment> moments = rows.momentsOf(structure.stream().filter(e -> e instanceof RecallPass p && p.sessionId().equals(session))
                .map(RecallPass.class::cast).toList());
        entities.addAll(moments);
        entities.addAll(rows.codes());
        List<MomentPair> pairs = pairsOf(session);
        entities.addAll(pairs);
        List<Object[]> codings = codingsOf(session);
        codings.forEach(row -> entities.add((Coding) row[0]));
        Set<UUID> held = new HashSet<>();
        entities.forEach(e -> held.add(e.id()));
        for (Memo memo : rows.memos()) {
            if (memo.target() != MemoTarget.THEME && (memo.target() == MemoTarget.STUDY || held.contains(memo.targetId()))) {
                entities.add(memo); // a theme is not in the look, nor a moment of another session
            }
        }
        entities.addAll(rows.attributes());
        entities.addAll(quotesOf(session));
        Study look = Study.of(header, entities);
        look.setRecallLock(rows.recallLock());
        for (Transcript transcript : rows.transcripts()) {
            if (transcript.sessionId().equals(session)) {
                look.setTranscript(session, transcript);
            }
        }
        new SupervisionRows(connection).readInto(look);
        readTeam(look, codings);
        return Optional.of(new StudyLook(look, new StudyOutline(look, counts), session));
    }

    /** The session of a label "D02/3" (the dyad's code in any case, as Study.sessionByLabel reads it), if there is one. */
    private List<UUID> labelled(String label) throws SQLException {
        String[] parts = label.strip().split("[/ ]+");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return List.of();
        }
        List<UUID> found = new ArrayList<>();
        try (java.sql.PreparedStatement st = connection.prepareStatement("SELECT s.id FROM session s JOIN dyad d ON d.id = s.dyad_id"
                + " WHERE lower(d.code) = lower(?) AND s.number = ? ORDER BY d.rowid LIMIT 1")) {
            st.setString(1, parts[0]);
            st.setInt(2, Integer.parseInt(parts[1]));
            try (java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(Rows.uuid(rs, 1));
                }
            }
        }
        return found;
    }

    /** Who is in the team, who applied the look's codings, and the audit trail (no rounds: see {@link #read}). */
    private void readTeam(Study look, List<Object[]> codings) throws SQLException {
        TeamReader team = new TeamReader(rows);
        for (Researcher r : team.researchers()) {
            look.team().putResearcher(r);
        }
        for (Object[] row : codings) {
            if (row[1] != null) {
                look.team().setStamp(((Coding) row[0]).id(), (CodingStamp) row[1]);
            }
        }
        for (AuditEvent e : team.audit()) {
            look.team().append(e);
        }
    }

    private static final String MOMENTS_OF_SESSION = "SELECT id FROM moment WHERE pass_id IN (SELECT id FROM recall_pass WHERE session_id = ?1)";

    /** The pairs of a session's moments, in row order (a first look's session). */
    private List<MomentPair> pairsOf(UUID session) throws SQLException {
        return rows.query("SELECT " + EntityReader.PAIR_COLUMNS + " FROM moment_pair WHERE first_moment_id IN (" + MOMENTS_OF_SESSION + ") ORDER BY rowid",
                session, EntityReader::pair);
    }

    /** The codings on a session's moments and pairs, in row order, each with who applied it when that is known. */
    private List<Object[]> codingsOf(UUID session) throws SQLException {
        return rows.query("SELECT rowid, id, code_id, moment_id, pair_id, coder, coded_at FROM coding WHERE moment_id IN (" + MOMENTS_OF_SESSION + ")"
                + " UNION ALL SELECT rowid, id, code_id, moment_id, pair_id, coder, coded_at FROM coding WHERE pair_id IN (SELECT id FROM moment_pair"
                + " WHERE first_moment_id IN (" + MOMENTS_OF_SESSION + ")) ORDER BY 1", session, rs -> new Object[] {
                new Coding(Rows.uuid(rs, 2), Rows.uuid(rs, 3), Rows.uuid(rs, 4), Rows.uuid(rs, 5)),
                rs.getString(6) == null || rs.getString(7) == null ? null : new CodingStamp(rs.getString(6), Rows.instant(rs, 7))});
    }

    /** The quotes taken from a session's transcript, in row order. */
    private List<Quote> quotesOf(UUID session) throws SQLException {
        return rows.query("SELECT " + EntityReader.QUOTE_COLUMNS + " FROM quote WHERE session_id = ?1 ORDER BY rowid", session, EntityReader::quote);
    }
}
