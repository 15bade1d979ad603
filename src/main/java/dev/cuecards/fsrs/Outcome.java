package dev.cuecards.fsrs;

import java.time.Instant;

/** What one rating would do to a card: the card as it would be stored after answering with {@code rating}. */
public record Outcome(Rating rating, CardSchedule card) {

    public Outcome {
        if (rating == null || card == null) {
            throw new IllegalArgumentException("rating and card are required");
        }
    }

    public CardState state() {
        return card.state();
    }

    public Instant due() {
        return card.due();
    }

    public int scheduledDays() {
        return card.scheduledDays();
    }
}
