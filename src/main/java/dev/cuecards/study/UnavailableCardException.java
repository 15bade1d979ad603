package dev.cuecards.study;

import dev.cuecards.cards.CardId;

/** An answer to a card that is suspended or flagged: the user took it out of the queue, so the answer is refused. */
public final class UnavailableCardException extends RuntimeException {

    public UnavailableCardException(CardId card, String why) {
        super("card " + card + " is " + why + "; it cannot be answered until it is back in the queue");
    }
}
