-- Schema 4: a session's transcript: where it came from, which speaker labels are the dyad's
-- therapist and client, and its lines in time order.

CREATE TABLE transcript (
    session_id TEXT PRIMARY KEY REFERENCES session(id),
    source TEXT NOT NULL
);

CREATE TABLE transcript_speaker (
    session_id TEXT NOT NULL REFERENCES transcript(session_id),
    label TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('THERAPIST', 'CLIENT')),
    PRIMARY KEY (session_id, label)
);

CREATE TABLE transcript_cue (
    session_id TEXT NOT NULL REFERENCES transcript(session_id),
    position INTEGER NOT NULL,
    start_ms INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
    speaker TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
);
