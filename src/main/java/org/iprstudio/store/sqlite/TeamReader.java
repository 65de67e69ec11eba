package org.iprstudio.store.sqlite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.CodingStamp;
import org.iprstudio.domain.ConsensusDecision;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.RoundStatus;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TeamRecords;

/** Reads the team's records (schema 8) into a study that already holds its codes, moments and pairs. */
final class TeamReader {
    private final EntityReader rows;

    TeamReader(EntityReader rows) {
        this.rows = rows;
    }

    void readInto(Study study) throws SQLException {
        TeamRecords team = study.team();
        for (Researcher r : researchers()) {
            team.putResearcher(r);
        }
        for (Object[] row : rows.query("SELECT id, coder, coded_at FROM coding WHERE coder IS NOT NULL AND coded_at IS NOT NULL",
                rs -> new Object[] {Rows.uuid(rs, 1), new CodingStamp(rs.getString(2), Rows.instant(rs, 3))})) {
            team.setStamp((UUID) row[0], (CodingStamp) row[1]);
        }
        Map<UUID, List<UUID>> sessions = grouped("SELECT round_id, session_id FROM round_session ORDER BY round_id, position");
        Map<UUID, List<UUID>> codes = grouped("SELECT round_id, code_id FROM round_code ORDER BY round_id, position");
        Map<UUID, List<UUID>> groups = grouped("SELECT round_id, parent_code_id FROM round_exclusive_group ORDER BY round_id, rowid");
        Map<UUID, List<String>> coders = new HashMap<>();
        for (Object[] row : rows.query("SELECT round_id, coder FROM round_coder ORDER BY round_id, position",
                rs -> new Object[] {Rows.uuid(rs, 1), rs.getString(2)})) {
            coders.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        List<CodingRound> rounds = rows.query("SELECT id, name, status, lead, opened_at, closed_at FROM coding_round ORDER BY rowid", rs -> {
            UUID id = Rows.uuid(rs, 1);
            return new CodingRound(id, rs.getString(2), Rows.enumOf(RoundStatus.class, rs, 3), rs.getString(4), Rows.instant(rs, 5),
                    Rows.instant(rs, 6), sessions.getOrDefault(id, List.of()), coders.getOrDefault(id, List.of()), codes.getOrDefault(id, List.of()),
                    groups.getOrDefault(id, List.of()));
        });
        // as recorded: a round whose session or code was deleted since is kept as it was
        for (CodingRound round : rounds) {
            team.putRound(round, id -> true, id -> true);
        }
        List<RoundCoding> codings = rows.query("SELECT id, round_id, coder, code_id, moment_id, pair_id, at FROM round_coding ORDER BY rowid",
                rs -> new RoundCoding(Rows.uuid(rs, 1), Rows.uuid(rs, 2), rs.getString(3), Rows.uuid(rs, 4), Rows.uuid(rs, 5), Rows.uuid(rs, 6),
                        Rows.instant(rs, 7)));
        team.restoreRoundCodings(codings);
        Map<UUID, List<UUID>> kept = grouped("SELECT decision_id, code_id FROM consensus_code ORDER BY decision_id, position");
        for (ConsensusDecision d : rows.query("SELECT id, round_id, unit_id, note, decided_by, decided_at FROM consensus_decision ORDER BY rowid",
                rs -> new ConsensusDecision(Rows.uuid(rs, 1), Rows.uuid(rs, 2), Rows.uuid(rs, 3), kept.getOrDefault(Rows.uuid(rs, 1), List.of()),
                        rs.getString(4), rs.getString(5), Rows.instant(rs, 6)))) {
            team.putDecision(d);
        }
        for (AuditEvent e : audit()) {
            team.append(e);
        }
    }

    List<Researcher> researchers() throws SQLException {
        return rows.query("SELECT initials, name FROM researcher ORDER BY rowid", rs -> new Researcher(rs.getString(1), rs.getString(2)));
    }

    /** The audit trail, oldest first. */
    List<AuditEvent> audit() throws SQLException {
        return rows.query("SELECT id, at, who, kind, target_id, what FROM audit_event ORDER BY rowid",
                rs -> new AuditEvent(Rows.uuid(rs, 1), Rows.instant(rs, 2), rs.getString(3), Rows.enumOf(AuditKind.class, rs, 4), Rows.uuid(rs, 5),
                        rs.getString(6)));
    }

    private Map<UUID, List<UUID>> grouped(String sql) throws SQLException {
        Map<UUID, List<UUID>> result = new HashMap<>();
        for (UUID[] row : rows.query(sql, rs -> new UUID[] {Rows.uuid(rs, 1), Rows.uuid(rs, 2)})) {
            result.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return result;
    }
}
