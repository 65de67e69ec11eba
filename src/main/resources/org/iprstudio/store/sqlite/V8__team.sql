-- Schema 8: who did what. The researchers of the study, the audit trail (one row per committed
-- change, written in the same transaction), who made each coding, and blind coding rounds with
-- each coder's codings and the team's consensus decisions. Audit rows, round codings and
-- decisions name moments, pairs and codes by id without a foreign key: a record may be deleted
-- later, and its history stays.

CREATE TABLE researcher (
    initials TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE audit_event (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    kind TEXT NOT NULL,
    target_id TEXT,
    what TEXT NOT NULL
);
CREATE INDEX audit_by_time ON audit_event(at);

-- who applied a code and when; NULL for codings made before schema 8
ALTER TABLE coding ADD COLUMN coder TEXT;
ALTER TABLE coding ADD COLUMN coded_at TEXT;

CREATE TABLE coding_round (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    status TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    lead TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE TABLE round_session (
    round_id TEXT NOT NULL REFERENCES coding_round(id),
    session_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (round_id, session_id)
);
CREATE TABLE round_coder (
    round_id TEXT NOT NULL REFERENCES coding_round(id),
    coder TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (round_id, coder)
);
CREATE TABLE round_code (
    round_id TEXT NOT NULL REFERENCES coding_round(id),
    code_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (round_id, code_id)
);
CREATE TABLE round_exclusive_group (
    round_id TEXT NOT NULL REFERENCES coding_round(id),
    parent_code_id TEXT NOT NULL,
    PRIMARY KEY (round_id, parent_code_id)
);

CREATE TABLE round_coding (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES coding_round(id),
    coder TEXT NOT NULL,
    code_id TEXT NOT NULL,
    moment_id TEXT,
    pair_id TEXT,
    at TEXT NOT NULL,
    CHECK ((moment_id IS NULL) <> (pair_id IS NULL))
);
CREATE INDEX round_coding_by_round ON round_coding(round_id, coder);

CREATE TABLE consensus_decision (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES coding_round(id),
    unit_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    UNIQUE (round_id, unit_id)
);
CREATE TABLE consensus_code (
    decision_id TEXT NOT NULL REFERENCES consensus_decision(id),
    code_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (decision_id, code_id)
);
