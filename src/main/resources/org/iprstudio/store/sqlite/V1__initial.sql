-- Schema 1 of the IPR Studio study file. Ids are UUID text; media times are whole milliseconds;
-- instants are ISO-8601 UTC text; dates are ISO-8601 text. Deletions never cascade here: the
-- domain decides what goes with what, and these foreign keys make sure nothing dangles.

CREATE TABLE study (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL,
    approval        TEXT NOT NULL DEFAULT '',
    period_start    TEXT,
    period_end      TEXT,
    window_before_ms INTEGER NOT NULL,
    window_after_ms  INTEGER NOT NULL
);

CREATE TABLE protocol_session (number INTEGER PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE protocol_prompt (position INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE protocol_quick_tag (position INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE rating_scale (
    kind TEXT PRIMARY KEY CHECK (kind IN ('helpfulness', 'intensity')),
    name TEXT NOT NULL, min REAL NOT NULL, max REAL NOT NULL, step REAL NOT NULL
);
CREATE TABLE scale_label (
    kind TEXT NOT NULL REFERENCES rating_scale(kind),
    value REAL NOT NULL, label TEXT NOT NULL,
    PRIMARY KEY (kind, value)
);

CREATE TABLE site (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL);

CREATE TABLE participant (
    id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL, pseudonym TEXT NOT NULL DEFAULT ''
);

CREATE TABLE dyad (
    id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    site_id TEXT NOT NULL REFERENCES site(id),
    therapist_id TEXT NOT NULL REFERENCES participant(id),
    client_id TEXT NOT NULL REFERENCES participant(id),
    trajectory TEXT NOT NULL
);

CREATE TABLE session (
    id TEXT PRIMARY KEY,
    dyad_id TEXT NOT NULL REFERENCES dyad(id),
    number INTEGER NOT NULL,
    date TEXT,
    media_path TEXT, media_sha256 TEXT, media_duration_ms INTEGER,
    UNIQUE (dyad_id, number)
);

CREATE TABLE recall_pass (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id),
    perspective TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participant(id),
    interviewer_id TEXT REFERENCES participant(id),
    date TEXT,
    status TEXT NOT NULL,
    missing_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, participant_id)
);

CREATE TABLE moment (
    id TEXT PRIMARY KEY,
    pass_id TEXT NOT NULL REFERENCES recall_pass(id),
    anchor_ms INTEGER NOT NULL CHECK (anchor_ms >= 0),
    span_start_ms INTEGER, span_end_ms INTEGER,
    initiator TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    time_frame TEXT,
    helpfulness REAL CHECK (helpfulness IS NULL OR helpfulness BETWEEN 1 AND 9),
    intensity INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 1 AND 5),
    created_at TEXT NOT NULL,
    CHECK ((span_start_ms IS NULL) = (span_end_ms IS NULL))
);
CREATE INDEX moment_by_pass ON moment(pass_id, anchor_ms);

CREATE TABLE code (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES code(id),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    colour TEXT,
    retired INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE moment_pair (
    id TEXT PRIMARY KEY,
    first_moment_id TEXT NOT NULL REFERENCES moment(id),
    second_moment_id TEXT NOT NULL REFERENCES moment(id),
    method TEXT NOT NULL, pair_class TEXT NOT NULL, decision TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE coding (
    id TEXT PRIMARY KEY,
    code_id TEXT NOT NULL REFERENCES code(id),
    moment_id TEXT REFERENCES moment(id),
    pair_id TEXT REFERENCES moment_pair(id),
    CHECK ((moment_id IS NULL) <> (pair_id IS NULL))
);
CREATE INDEX coding_by_moment ON coding(moment_id);

CREATE TABLE theme (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES theme(id),
    name TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE theme_code (
    theme_id TEXT NOT NULL REFERENCES theme(id),
    code_id TEXT NOT NULL REFERENCES code(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (theme_id, code_id)
);
CREATE TABLE theme_exemplar (
    theme_id TEXT NOT NULL REFERENCES theme(id),
    moment_id TEXT NOT NULL REFERENCES moment(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (theme_id, moment_id)
);

CREATE TABLE memo (
    id TEXT PRIMARY KEY,
    target TEXT NOT NULL,
    target_id TEXT,
    kind TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
