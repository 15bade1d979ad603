package dev.cuecards.fsrs;

/**
 * Where a card is in its life: never seen, in its learning steps, in long-term review, or relearning after a lapse.
 * {@link #toString()} gives the names used in the replay output: New, Learning, Review, Relearning.
 */
public enum CardState {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING;

    /** The display and replay name: {@code New}, {@code Learning}, {@code Review} or {@code Relearning}. */
    public String label() {
        return switch (this) {
            case NEW -> "New";
            case LEARNING -> "Learning";
            case REVIEW -> "Review";
            case RELEARNING -> "Relearning";
        };
    }

    /** The state with the given {@link #label()}; rejects unknown names. */
    public static CardState fromLabel(String label) {
        for (CardState state : values()) {
            if (state.label().equals(label)) {
                return state;
            }
        }
        throw new IllegalArgumentException("state must be New, Learning, Review or Relearning, got " + label);
    }

    @Override
    public String toString() {
        return label();
    }
}
