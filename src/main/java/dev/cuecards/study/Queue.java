package dev.cuecards.study;

import dev.cuecards.store.StoredCard;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Today's queue, in the order cards are shown: learning and relearning cards whose step is due, then review cards
 * due today (lowest retrievability first), then new cards in note order, within the day's limits and with at most
 * one card per claim.
 */
public record Queue(StudyDay day, List<StoredCard> learning, List<StoredCard> reviews, List<StoredCard> newCards) {

    public Queue {
        learning = List.copyOf(learning);
        reviews = List.copyOf(reviews);
        newCards = List.copyOf(newCards);
    }

    /** The card to show now, if any. */
    public Optional<StoredCard> next() {
        return cards().findFirst();
    }

    /** Every card of the queue in showing order. */
    public Stream<StoredCard> cards() {
        return Stream.of(learning, reviews, newCards).flatMap(List::stream);
    }

    public Remaining remaining() {
        return new Remaining(newCards.size(), learning.size(), reviews.size());
    }
}
