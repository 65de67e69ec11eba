-- Schema 2: quick tags on moments, and the hash of the passphrase that guards the recall screen.

CREATE TABLE moment_tag (
    moment_id TEXT NOT NULL REFERENCES moment(id),
    tag TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (moment_id, tag)
);

CREATE TABLE recall_lock (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    algorithm TEXT NOT NULL,
    iterations INTEGER NOT NULL,
    salt TEXT NOT NULL,
    hash TEXT NOT NULL
);
