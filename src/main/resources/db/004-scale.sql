-- Schema 4: what keeps every page's cost independent of the collection's size.

-- The note's place in the collection on each card, so new cards are found in collection order through one index.
ALTER TABLE cards ADD COLUMN note_position INTEGER NOT NULL DEFAULT 0;
UPDATE cards SET note_position = (SELECT position FROM notes WHERE notes.id = cards.note_id);
CREATE INDEX cards_new_in_order ON cards (note_position, position)
    WHERE state = 'New' AND retired = 0 AND suspended = 0 AND flagged = 0;
CREATE INDEX cards_flagged ON cards (note_id, position) WHERE flagged = 1 AND retired = 0;
CREATE INDEX cards_suspended ON cards (note_id, position) WHERE suspended = 1 AND retired = 0;

-- The videos list, by channel then title, a page at a time.
CREATE INDEX notes_listed ON notes (channel_key, title) WHERE in_vault = 1;

-- Answers counted per quarter of an hour (every time zone's day starts on one), kept by the log's own triggers:
-- a day's or a year's activity reads at most 96 rows a day instead of every answer.
CREATE TABLE review_quarters (
    quarter     INTEGER PRIMARY KEY,                    -- reviewed_at / 900000
    answers     INTEGER NOT NULL,
    again       INTEGER NOT NULL,                       -- answers rated Again
    duration_ms INTEGER NOT NULL
);
INSERT INTO review_quarters (quarter, answers, again, duration_ms)
    SELECT reviewed_at / 900000, COUNT(*), SUM(rating = 1), SUM(duration_ms) FROM review_log GROUP BY reviewed_at / 900000;

CREATE TRIGGER review_log_counted AFTER INSERT ON review_log
BEGIN
    INSERT INTO review_quarters (quarter, answers, again, duration_ms)
        VALUES (NEW.reviewed_at / 900000, 1, NEW.rating = 1, NEW.duration_ms)
        ON CONFLICT (quarter) DO UPDATE SET answers = answers + 1, again = again + excluded.again,
            duration_ms = duration_ms + excluded.duration_ms;
END;

CREATE TRIGGER review_log_uncounted AFTER DELETE ON review_log
BEGIN
    UPDATE review_quarters SET answers = answers - 1, again = again - (OLD.rating = 1), duration_ms = duration_ms - OLD.duration_ms
        WHERE quarter = OLD.reviewed_at / 900000;
END;

-- Every file of the vault as last synced, readable or not: when the folder's listing (path, size, modification
-- time) equals these rows, nothing needs reading at start-up.
CREATE TABLE vault_files (
    path         TEXT    PRIMARY KEY,                   -- vault path as read, forward slashes
    size         INTEGER NOT NULL,
    modified_ms  INTEGER NOT NULL,
    content_hash TEXT    NOT NULL,                      -- SHA-256 of the bytes, '' when they could not be read
    problem      TEXT                                   -- why the file is not a note ("path:line: reason"), NULL when it is
);
CREATE INDEX vault_files_with_problems ON vault_files (path) WHERE problem IS NOT NULL;
CREATE INDEX notes_with_problems ON notes (path) WHERE in_vault = 1 AND problems <> '[]';

-- What each note lends other notes' multiple-choice cards (CardGenerator's NoteEvidence, as JSON): with it, a sync
-- that regenerates one note reads and tags only that note.
CREATE TABLE note_evidence (
    note_id     TEXT PRIMARY KEY REFERENCES notes (id),
    path        TEXT NOT NULL,
    channel_key TEXT NOT NULL,
    evidence    TEXT NOT NULL
);
CREATE INDEX notes_by_path ON notes (path);
