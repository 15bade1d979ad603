package dev.cuecards.fsrs;

/** How well a card was recalled: the four answer buttons, numbered 1..4 as in the review log and replay input. */
public enum Rating {
    AGAIN,
    HARD,
    GOOD,
    EASY;

    /** The grade G of the formulas: Again = 1 … Easy = 4. */
    public int value() {
        return switch (this) {
            case AGAIN -> 1;
            case HARD -> 2;
            case GOOD -> 3;
            case EASY -> 4;
        };
    }

    /** The rating numbered {@code value}; rejects anything outside 1..4. */
    public static Rating of(int value) {
        return switch (value) {
            case 1 -> AGAIN;
            case 2 -> HARD;
            case 3 -> GOOD;
            case 4 -> EASY;
            default -> throw new IllegalArgumentException("rating must be 1..4, got " + value);
        };
    }
}
