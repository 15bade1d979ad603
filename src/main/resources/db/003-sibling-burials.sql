-- Schema 3: which siblings an answer buried, and how they were before, so undoing the answer brings them back.

CREATE TABLE sibling_burials (
    review_id           INTEGER NOT NULL REFERENCES review_log (id) ON DELETE CASCADE,
    card_id             TEXT    NOT NULL REFERENCES cards (id),
    buried_until_before INTEGER,
    PRIMARY KEY (review_id, card_id)
);
