package dev.cuecards.store;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer as the review log keeps it: the card, the rating, when, how long it took, and the card's whole schedule
 * before and after, so the answer can be undone exactly and the history replayed or exported.
 *
 * @param id 0 for an entry not yet appended
 */
public record ReviewLogEntry(long id, CardId card, Rating rating, Instant reviewedAt, Duration timeSpent,
                             CardSchedule before, CardSchedule after) {

    public ReviewLogEntry {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (timeSpent == null || timeSpent.isNegative()) {
            throw new IllegalArgumentException("time spent must not be negative, got " + timeSpent);
        }
        if (after.reps() != before.reps() + 1) {
            throw new IllegalArgumentException("an answer adds one review: reps " + before.reps() + " → " + after.reps()
                    + " for card " + card);
        }
    }

    /** The same entry as stored under {@code newId}. */
    ReviewLogEntry withId(long newId) {
        return new ReviewLogEntry(newId, card, rating, reviewedAt, timeSpent, before, after);
    }
}
