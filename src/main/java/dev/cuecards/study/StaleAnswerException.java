package dev.cuecards.study;

import dev.cuecards.cards.CardId;

/**
 * An answer made against a state the card has left: the page showed it after {@code givenReps} reviews, it now has
 * {@code actualReps}. Usually a double submit, whose first answer was recorded.
 */
public final class StaleAnswerException extends RuntimeException {

    private final CardId card;
    private final int actualReps;

    public StaleAnswerException(CardId card, int givenReps, int actualReps) {
        super("card " + card + " was answered after " + givenReps + " reviews but now has " + actualReps
                + "; the answer was already recorded");
        this.card = card;
        this.actualReps = actualReps;
    }

    public CardId card() {
        return card;
    }

    public int actualReps() {
        return actualReps;
    }
}
