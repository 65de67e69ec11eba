-- Schema 5: quotes, and the protocol's switch for transcripts on the recall screen.
-- A quote is words of a session's transcript a researcher made a moment's quote: the words as
-- selected, the session they were said in, and the start of the first and the end of the last
-- cue they came from. A moment has one quote at most.

CREATE TABLE quote (
    id TEXT PRIMARY KEY,
    moment_id TEXT NOT NULL UNIQUE REFERENCES moment(id),
    session_id TEXT NOT NULL REFERENCES session(id),
    start_ms INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
);

-- 1: the participant sees the session's transcript on the recall screen; 0 (every older study): never.
ALTER TABLE study ADD COLUMN transcript_in_recall INTEGER NOT NULL DEFAULT 0 CHECK (transcript_in_recall IN (0, 1));
