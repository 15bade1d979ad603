-- Schema 2: what the daily queue needs beyond the schedule: burying, suspending, flagging, and indexes for it.

ALTER TABLE cards ADD COLUMN suspended    INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1));
ALTER TABLE cards ADD COLUMN buried_until INTEGER;  -- hidden from the queue until this instant (the next day's start)
ALTER TABLE cards ADD COLUMN flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1));  -- marked bad by the user

CREATE INDEX cards_by_state_due ON cards (state, due) WHERE retired = 0 AND suspended = 0 AND flagged = 0;
CREATE INDEX cards_by_sibling ON cards (note_id, claim_index);
CREATE INDEX review_log_by_card ON review_log (card_id, id);
