-- Schema 1: notes, their claims, cards with their scheduling state, the review log and settings.
-- Every time is an INTEGER of milliseconds since 1970-01-01T00:00:00Z (UTC); no other representation is used.

CREATE TABLE notes (
    id                 TEXT    PRIMARY KEY,             -- vault path without .md
    path               TEXT    NOT NULL,                -- vault path as read, forward slashes
    title              TEXT    NOT NULL,
    video_id           TEXT,                            -- YouTube id, NULL when the note has none
    channel            TEXT,                            -- as written after "From:", NULL when absent
    channel_key        TEXT,                            -- channel in lower case, for grouping
    content_hash       TEXT    NOT NULL,                -- SHA-256 of the file's bytes when last read
    generator_version  INTEGER NOT NULL,                -- CardGenerator.VERSION that made its cards
    generator_settings TEXT    NOT NULL,                -- the generator limits that made its cards
    problems           TEXT    NOT NULL DEFAULT '[]',   -- JSON array of the problems found when read, "path:line: reason"
    position           INTEGER NOT NULL UNIQUE,         -- order in which notes joined the collection
    in_vault           INTEGER NOT NULL DEFAULT 1 CHECK (in_vault IN (0, 1)),
    synced_at          INTEGER NOT NULL
);

CREATE TABLE claims (
    note_id     TEXT    NOT NULL REFERENCES notes (id),
    claim_index INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    section     TEXT    NOT NULL,                       -- headings above the claim joined with ' › ', '' before any
    role        TEXT    NOT NULL,
    line        INTEGER NOT NULL,
    seconds     INTEGER,                                -- the moment it links to, NULL when untimed
    PRIMARY KEY (note_id, claim_index)
);

CREATE TABLE cards (
    id             TEXT    PRIMARY KEY,
    note_id        TEXT    NOT NULL REFERENCES notes (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('term', 'cloze', 'definition', 'acronym', 'explain', 'compare', 'list', 'choice')),
    claim_index    INTEGER NOT NULL,                    -- cards sharing note and claim are siblings
    position       INTEGER NOT NULL,                    -- order among the note's cards
    section        TEXT    NOT NULL,
    context        TEXT    NOT NULL,
    front          TEXT    NOT NULL,
    back           TEXT    NOT NULL,
    answer         TEXT    NOT NULL,
    options        TEXT    NOT NULL DEFAULT '[]',       -- JSON array, only for choice cards
    video_id       TEXT,
    source_seconds INTEGER,
    source_claim   TEXT    NOT NULL,
    source_line    INTEGER NOT NULL,
    state          TEXT    NOT NULL CHECK (state IN ('New', 'Learning', 'Review', 'Relearning')),
    step           INTEGER NOT NULL,
    stability      REAL    NOT NULL,
    difficulty     REAL    NOT NULL,
    due            INTEGER NOT NULL,
    last_review    INTEGER,
    scheduled_days INTEGER NOT NULL,
    reps           INTEGER NOT NULL,
    lapses         INTEGER NOT NULL,
    retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),  -- no longer generated; kept with its history
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

CREATE INDEX cards_by_note ON cards (note_id, position);

-- Append-only: a row is written by an answer and removed only by undoing that answer.
CREATE TABLE review_log (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id               TEXT    NOT NULL REFERENCES cards (id),
    rating                INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at           INTEGER NOT NULL,
    duration_ms           INTEGER NOT NULL CHECK (duration_ms >= 0),
    state_before          TEXT    NOT NULL,
    step_before           INTEGER NOT NULL,
    stability_before      REAL    NOT NULL,
    difficulty_before     REAL    NOT NULL,
    due_before            INTEGER NOT NULL,
    last_review_before    INTEGER,
    scheduled_days_before INTEGER NOT NULL,
    reps_before           INTEGER NOT NULL,
    lapses_before         INTEGER NOT NULL,
    state_after           TEXT    NOT NULL,
    step_after            INTEGER NOT NULL,
    stability_after       REAL    NOT NULL,
    difficulty_after      REAL    NOT NULL,
    due_after             INTEGER NOT NULL,
    scheduled_days_after  INTEGER NOT NULL,
    lapses_after          INTEGER NOT NULL,
    UNIQUE (card_id, reps_before)                       -- one answer per card state: a double submit records once
);

CREATE INDEX review_log_by_time ON review_log (reviewed_at);

CREATE TRIGGER review_log_is_append_only BEFORE UPDATE ON review_log
BEGIN
    SELECT RAISE(ABORT, 'the review log is append-only');
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
