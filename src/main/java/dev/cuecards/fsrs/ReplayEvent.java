package dev.cuecards.fsrs;

import java.time.Instant;

/** One review in a history to replay: which card, the rating given, and when. */
public record ReplayEvent(String cardId, Rating rating, Instant time) {

    public ReplayEvent {
        if (cardId == null || cardId.isBlank()) {
            throw new IllegalArgumentException("card id must not be blank, got '" + cardId + "'");
        }
        if (rating == null || time == null) {
            throw new IllegalArgumentException("rating and time are required for card " + cardId);
        }
    }
}
