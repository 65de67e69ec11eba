package org.iprstudio.store.sqlite;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.CodingStamp;
import org.iprstudio.domain.ConsensusDecision;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.TeamRecords;

/** Writes the team's records (schema 8) inside the caller's transaction, through the entity writer's statements. */
final class TeamWriter {
    private final EntityWriter rows;

    TeamWriter(EntityWriter rows) {
        this.rows = rows;
    }

    void putResearcher(Researcher r) throws SQLException {
        rows.execute("INSERT INTO researcher (initials, name) VALUES (?, ?) ON CONFLICT(initials) DO UPDATE SET name = excluded.name",
                r.initials(), r.name());
    }

    /** Audit rows are only ever added. */
    void append(AuditEvent e) throws SQLException {
        rows.execute("INSERT INTO audit_event (id, at, who, kind, target_id, what) VALUES (?,?,?,?,?,?)", e.id(), e.at(), e.who(), e.kind(),
                e.target(), e.what());
    }

    void stampCoding(UUID codingId, CodingStamp stamp) throws SQLException {
        rows.execute("UPDATE coding SET coder = ?, coded_at = ? WHERE id = ?", stamp.coder(), stamp.at(), codingId);
    }

    void putRound(CodingRound r) throws SQLException {
        rows.execute("INSERT INTO coding_round (id, name, status, lead, opened_at, closed_at) VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                + " name = excluded.name, status = excluded.status, lead = excluded.lead, opened_at = excluded.opened_at, closed_at = excluded.closed_at",
                r.id(), r.name(), r.status(), r.lead(), r.openedAt(), r.closedAt());
        rows.execute("DELETE FROM round_session WHERE round_id = ?", r.id());
        insertAll("INSERT INTO round_session (round_id, session_id, position) VALUES (?,?,?)", r.id(), r.sessionIds());
        rows.execute("DELETE FROM round_coder WHERE round_id = ?", r.id());
        insertAll("INSERT INTO round_coder (round_id, coder, position) VALUES (?,?,?)", r.id(), r.coders());
        rows.execute("DELETE FROM round_code WHERE round_id = ?", r.id());
        insertAll("INSERT INTO round_code (round_id, code_id, position) VALUES (?,?,?)", r.id(), r.codeIds());
        rows.execute("DELETE FROM round_exclusive_group WHERE round_id = ?", r.id());
        for (UUID group : r.exclusiveGroups()) {
            rows.execute("INSERT INTO round_exclusive_group (round_id, parent_code_id) VALUES (?,?)", r.id(), group);
        }
    }

    private void insertAll(String sql, UUID roundId, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            rows.execute(sql, roundId, values.get(i), i);
        }
    }

    void putRoundCoding(RoundCoding c) throws SQLException {
        rows.execute("INSERT INTO round_coding (id, round_id, coder, code_id, moment_id, pair_id, at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                + " round_id = excluded.round_id, coder = excluded.coder, code_id = excluded.code_id, moment_id = excluded.moment_id,"
                + " pair_id = excluded.pair_id, at = excluded.at", c.id(), c.roundId(), c.coder(), c.codeId(), c.momentId(), c.pairId(), c.at());
    }

    void deleteRoundCoding(RoundCoding c) throws SQLException {
        rows.execute("DELETE FROM round_coding WHERE id = ?", c.id());
    }

    /** A unit has one decision per round: one made before under another id is replaced. */
    void putDecision(ConsensusDecision d) throws SQLException {
        rows.execute("DELETE FROM consensus_code WHERE decision_id IN (SELECT id FROM consensus_decision WHERE round_id = ? AND unit_id = ?)",
                d.roundId(), d.unitId());
        rows.execute("DELETE FROM consensus_decision WHERE round_id = ? AND unit_id = ?", d.roundId(), d.unitId());
        rows.execute("INSERT INTO consensus_decision (id, round_id, unit_id, note, decided_by, decided_at) VALUES (?,?,?,?,?,?)",
                d.id(), d.roundId(), d.unitId(), d.note(), d.decidedBy(), d.decidedAt());
        for (int i = 0; i < d.codeIds().size(); i++) {
            rows.execute("INSERT INTO consensus_code (decision_id, code_id, position) VALUES (?,?,?)", d.id(), d.codeIds().get(i), i);
        }
    }

    /** Everything of a study's team, into a new file (after its codings are written). */
    void putAll(TeamRecords team, Iterable<UUID> codingIds) throws SQLException {
        for (Researcher r : team.researchers()) {
            putResearcher(r);
        }
        for (UUID id : codingIds) {
            var stamp = team.stampOf(id);
            if (stamp.isPresent()) {
                stampCoding(id, stamp.get());
            }
        }
        for (CodingRound r : team.rounds()) {
            putRound(r);
            for (RoundCoding c : team.roundCodings(r.id())) {
                putRoundCoding(c);
            }
            for (ConsensusDecision d : team.decisions(r.id())) {
                putDecision(d);
            }
        }
        for (AuditEvent e : team.audit()) {
            append(e);
        }
    }
}
