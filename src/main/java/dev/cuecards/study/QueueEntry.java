package dev.cuecards.study;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.notes.NoteId;

/**
 * A card as today's queue holds it: who it is, where it sits in the collection's order, and its schedule; its text
 * is loaded only when it is shown.
 *
 * @param channelKey the note's channel in lower case, empty when it has none
 * @param notePosition the note's place in the collection (the order new cards come in)
 * @param position the card's place among its note's cards
 */
public record QueueEntry(CardId id, NoteId note, int claimIndex, String channelKey, int notePosition, int position,
                         CardSchedule schedule) {

    /** The claim the card was written from: the queue holds one card per claim. */
    Claim claim() {
        return new Claim(note, claimIndex);
    }

    /** A note's claim, by its index. */
    record Claim(NoteId note, int index) {
    }

    /** Collection order: notes as they joined, cards as their note tells them. */
    int compareInCollection(QueueEntry other) {
        int byNote = Integer.compare(notePosition, other.notePosition);
        return byNote != 0 ? byNote : Integer.compare(position, other.position);
    }
}
