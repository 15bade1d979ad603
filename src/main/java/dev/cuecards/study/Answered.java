package dev.cuecards.study;

import dev.cuecards.store.ReviewLogEntry;
import dev.cuecards.store.StoredCard;

/** An answer recorded: the card with its new schedule, and the review log entry written with it. */
public record Answered(StoredCard card, ReviewLogEntry review) {
}
