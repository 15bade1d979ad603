package dev.cuecards.cards;

/** A phrase in a claim worth recalling, where it stands, and how much it is worth as a gap. */
record Phrase(String text, PhraseType type, int start, int end, int score) {

    boolean overlaps(Phrase other) {
        return start < other.end && other.start < end;
    }
}
