package dev.cuecards.fsrs;

import java.time.Instant;
import java.util.Optional;

/**
 * Everything the scheduler stores for one card (spec "Ratings, states, card fields"): its state, the (re)learning
 * step index, stability S and difficulty D (both 0 while New), when it is due, when it was last reviewed, the days
 * it was last scheduled for, how many reviews it had and how many of them were lapses.
 */
public record CardSchedule(
        CardState state,
        int step,
        double stability,
        double difficulty,
        Instant due,
        Optional<Instant> lastReview,
        int scheduledDays,
        int reps,
        int lapses) {

    public CardSchedule {
        if (state == null || due == null || lastReview == null) {
            throw new IllegalArgumentException("state, due and lastReview are required");
        }
        if (step < 0 || scheduledDays < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException(String.format(
                    "step, scheduledDays, reps and lapses must not be negative, got %d, %d, %d, %d",
                    step, scheduledDays, reps, lapses));
        }
        if (state == CardState.NEW) {
            requireUnreviewed(stability, difficulty, lastReview);
        } else {
            new MemoryState(stability, difficulty); // throws if S or D is out of bounds
            if (lastReview.isEmpty()) {
                throw new IllegalArgumentException("a " + state + " card must have a last review");
            }
        }
    }

    /** A card never reviewed, due at {@code now}. */
    public static CardSchedule newCard(Instant now) {
        return new CardSchedule(CardState.NEW, 0, 0, 0, now, Optional.empty(), 0, 0, 0);
    }

    /** Stability and difficulty, or nothing for a New card. */
    public Optional<MemoryState> memory() {
        return state == CardState.NEW ? Optional.empty() : Optional.of(new MemoryState(stability, difficulty));
    }

    private static void requireUnreviewed(double stability, double difficulty, Optional<Instant> lastReview) {
        if (stability != 0 || difficulty != 0 || lastReview.isPresent()) {
            throw new IllegalArgumentException(
                    "a New card has stability 0, difficulty 0 and no last review, got S=" + stability
                            + ", D=" + difficulty + ", last review " + lastReview);
        }
    }
}
