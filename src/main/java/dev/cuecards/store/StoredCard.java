package dev.cuecards.store;

import dev.cuecards.cards.CardDraft;
import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.notes.NoteId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A card as stored: its generated content, where it stands in its note, its schedule, and what the user or the sync
 * did to it.
 *
 * @param section     the headings above its claim joined with " › ", empty before any heading
 * @param position    its place among its note's cards, for learning a video in the order it was told
 * @param retired     no longer generated from its note; kept with its history and not scheduled
 * @param buriedUntil hidden from the queue until this instant
 * @param flagged     marked as a bad card by the user; out of the queue until unflagged
 */
public record StoredCard(CardDraft draft, String section, int position, CardSchedule schedule, boolean retired,
                         boolean suspended, Optional<Instant> buriedUntil, boolean flagged) {

    public StoredCard {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(buriedUntil, "buriedUntil");
    }

    public CardId id() {
        return draft.id();
    }

    public NoteId note() {
        return draft.note();
    }

    /** True for cards of the same claim of the same note (but not the card itself). */
    public boolean isSiblingOf(StoredCard other) {
        return note().equals(other.note()) && draft.claimIndex() == other.draft.claimIndex() && !id().equals(other.id());
    }
}
