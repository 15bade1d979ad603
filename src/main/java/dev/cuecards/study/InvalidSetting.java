package dev.cuecards.study;

import java.util.Objects;

/**
 * A settings form field that holds no acceptable value: which field, and a message for the user saying what it takes
 * and what it got.
 */
public final class InvalidSetting extends RuntimeException {

    private final String field;

    public InvalidSetting(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * The form field: {@code newCardsPerDay}, {@code maxReviewsPerDay}, {@code rolloverHour}, {@code desiredRetention},
     * {@code learningSteps} or {@code relearningSteps}.
     */
    public String field() {
        return field;
    }
}
