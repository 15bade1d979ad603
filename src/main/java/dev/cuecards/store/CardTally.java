package dev.cuecards.store;

import dev.cuecards.fsrs.CardState;
import dev.cuecards.notes.NoteId;
import java.util.Objects;

/**
 * How many cards of one note, not retired, share a state, being suspended or not, and being scheduled for at least
 * the asked number of days or not.
 */
public record CardTally(NoteId note, CardState state, boolean suspended, boolean mature, int cards) {

    public CardTally {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(state, "state");
        if (cards < 1) {
            throw new IllegalArgumentException("a tally counts at least one card, got " + cards + " for note " + note);
        }
    }
}
