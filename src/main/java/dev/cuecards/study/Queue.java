package dev.cuecards.study;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Today's queue, in the order cards are shown: learning and relearning cards whose step is due, then review cards
 * due today (lowest retrievability at the day's start first), then new cards in note order, within the day's limits and with at most
 * one card per claim. Each card is a {@link QueueEntry}: its text is loaded only when it is shown.
 */
public record Queue(StudyDay day, List<QueueEntry> learning, List<QueueEntry> reviews, List<QueueEntry> newCards) {

    public Queue {
        learning = List.copyOf(learning);
        reviews = List.copyOf(reviews);
        newCards = List.copyOf(newCards);
    }

    /** The card to show now, if any. */
    public Optional<QueueEntry> next() {
        return cards().findFirst();
    }

    /** Every card of the queue in showing order. */
    public Stream<QueueEntry> cards() {
        return Stream.of(learning, reviews, newCards).flatMap(List::stream);
    }

    public Remaining remaining() {
        return new Remaining(newCards.size(), learning.size(), reviews.size());
    }
}
