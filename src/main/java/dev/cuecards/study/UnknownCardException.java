package dev.cuecards.study;

import dev.cuecards.cards.CardId;

/** No card has this id. */
public final class UnknownCardException extends RuntimeException {

    public UnknownCardException(CardId card) {
        super("no card with id " + card);
    }
}
