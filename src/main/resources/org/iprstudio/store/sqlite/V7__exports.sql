-- Schema 7: the study file's export history (docs/decisions/0017-export-history.md): one row per
-- export, written by the export itself and by nothing else; no other table refers to it. The
-- researcher is null while no researcher is known.

CREATE TABLE export_record (
    id INTEGER PRIMARY KEY,
    exported_at TEXT NOT NULL,
    format TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '',
    destination TEXT NOT NULL,
    researcher TEXT,
    via TEXT NOT NULL CHECK (via IN ('COMMAND_LINE', 'WINDOW'))
);
