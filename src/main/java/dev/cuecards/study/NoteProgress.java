package dev.cuecards.study;

import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardTally;
import dev.cuecards.store.StoredNote;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a note's cards (retired ones aside) stand. Each card counts once: a suspended card only as suspended.
 *
 * @param newCards  never studied
 * @param learning  in their learning or relearning steps
 * @param young     in review, last scheduled for fewer than {@link #MATURE_DAYS} days
 * @param mature    in review, last scheduled for {@link #MATURE_DAYS} days or more
 * @param suspended taken out of study by the user, whatever their state
 */
public record NoteProgress(int newCards, int learning, int young, int mature, int suspended) {

    /** The interval from which a review card counts as mature, as in Anki. */
    public static final int MATURE_DAYS = 21;

    private static final NoteProgress NONE = new NoteProgress(0, 0, 0, 0, 0);

    public NoteProgress {
        if (newCards < 0 || learning < 0 || young < 0 || mature < 0 || suspended < 0) {
            throw new IllegalArgumentException(String.format("card counts must not be negative, got %d new, %d learning, "
                    + "%d young, %d mature, %d suspended", newCards, learning, young, mature, suspended));
        }
    }

    /** The progress of each note, in the order given, from the tallies of their cards; a note without cards has zeros. */
    static Map<NoteId, NoteProgress> byNote(List<StoredNote> notes, List<CardTally> tallies) {
        Map<NoteId, NoteProgress> progress = new LinkedHashMap<>();
        notes.forEach(note -> progress.put(note.id(), NONE));
        for (CardTally tally : tallies) {
            // Only notes in the vault have cards that are not retired.
            progress.computeIfPresent(tally.note(), (note, sum) -> sum.plus(of(tally)));
        }
        return Collections.unmodifiableMap(progress);
    }

    /** The cards of one tally, each in its place. */
    private static NoteProgress of(CardTally tally) {
        int cards = tally.cards();
        if (tally.suspended()) {
            return new NoteProgress(0, 0, 0, 0, cards);
        }
        return switch (tally.state()) {
            case NEW -> new NoteProgress(cards, 0, 0, 0, 0);
            case LEARNING, RELEARNING -> new NoteProgress(0, cards, 0, 0, 0);
            case REVIEW -> tally.mature() ? new NoteProgress(0, 0, 0, cards, 0) : new NoteProgress(0, 0, cards, 0, 0);
        };
    }

    private NoteProgress plus(NoteProgress other) {
        return new NoteProgress(newCards + other.newCards, learning + other.learning, young + other.young,
                mature + other.mature, suspended + other.suspended);
    }
}
