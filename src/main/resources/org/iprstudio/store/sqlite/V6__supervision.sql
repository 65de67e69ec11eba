-- Schema 6: supervision. A meeting is one supervision recall of a trainee's recorded session with a
-- supervisor; its stops hold what the trainee recalls and the supervisor's feedback; a stop may give
-- learning points. Kept in tables of their own: they are not research moments and never mix with them.
-- client_view_opened_at records when the supervisor deliberately opened the client's recall afterwards.

CREATE TABLE supervision_meeting (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id),
    trainee_id TEXT NOT NULL REFERENCES participant(id),
    supervisor_id TEXT NOT NULL REFERENCES participant(id),
    date TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    client_view_opened_at TEXT
);

CREATE TABLE supervision_moment (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES supervision_meeting(id),
    anchor_ms INTEGER NOT NULL CHECK (anchor_ms >= 0),
    stopped_by TEXT NOT NULL CHECK (stopped_by IN ('TRAINEE', 'SUPERVISOR')),
    question TEXT NOT NULL DEFAULT '',
    recall TEXT NOT NULL DEFAULT '',
    time_frame TEXT CHECK (time_frame IS NULL OR time_frame IN ('THEN', 'NOW')),
    helpfulness REAL CHECK (helpfulness IS NULL OR helpfulness BETWEEN 1 AND 9),
    feedback TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX supervision_moment_by_meeting ON supervision_moment(meeting_id, anchor_ms);

CREATE TABLE learning_point (
    id TEXT PRIMARY KEY,
    moment_id TEXT NOT NULL REFERENCES supervision_moment(id),
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('WORKING_ON', 'ACHIEVED')),
    noted_on TEXT NOT NULL
);

-- The lead questions offered to the supervisor, editable per study; a study starts with Kagan's four.
CREATE TABLE supervision_question (position INTEGER PRIMARY KEY, text TEXT NOT NULL);
INSERT INTO supervision_question (position, text) VALUES (0, 'What were you feeling then?');
INSERT INTO supervision_question (position, text) VALUES (1, 'What did you want to say?');
INSERT INTO supervision_question (position, text) VALUES (2, 'What would you have liked to do?');
INSERT INTO supervision_question (position, text) VALUES (3, 'How did you think the client saw you?');
