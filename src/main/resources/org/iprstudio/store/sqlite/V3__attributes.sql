-- Schema 3: case attributes (age group, years of experience, outcome ...) for participants or
-- dyads, their choices, and the values. A value names exactly one participant or one dyad, so
-- that each has a real foreign key; the domain checks a value fits its attribute's type.

CREATE TABLE attribute (
    id TEXT PRIMARY KEY,
    applies_to TEXT NOT NULL CHECK (applies_to IN ('PARTICIPANT', 'DYAD')),
    name TEXT NOT NULL COLLATE NOCASE,
    type TEXT NOT NULL CHECK (type IN ('TEXT', 'NUMBER', 'CHOICE')),
    UNIQUE (applies_to, name)
);

CREATE TABLE attribute_choice (
    attribute_id TEXT NOT NULL REFERENCES attribute(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (attribute_id, position)
);

CREATE TABLE attribute_value (
    id TEXT PRIMARY KEY,
    attribute_id TEXT NOT NULL REFERENCES attribute(id),
    participant_id TEXT REFERENCES participant(id),
    dyad_id TEXT REFERENCES dyad(id),
    value TEXT NOT NULL,
    CHECK ((participant_id IS NULL) <> (dyad_id IS NULL))
);

CREATE INDEX attribute_value_by_attribute ON attribute_value (attribute_id);
