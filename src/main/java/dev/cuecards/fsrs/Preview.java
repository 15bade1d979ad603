package dev.cuecards.fsrs;

import java.time.Instant;

/**
 * The four possible outcomes of reviewing one card at one instant (spec "Preview"). Buttons are labelled from it,
 * and answering stores one of its outcomes unchanged.
 */
public record Preview(Instant reviewedAt, Outcome again, Outcome hard, Outcome good, Outcome easy) {

    public Preview {
        if (reviewedAt == null) {
            throw new IllegalArgumentException("reviewedAt is required");
        }
        requireRating(again, Rating.AGAIN);
        requireRating(hard, Rating.HARD);
        requireRating(good, Rating.GOOD);
        requireRating(easy, Rating.EASY);
    }

    /** The outcome of answering with {@code rating}. */
    public Outcome of(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }

    /** A button label for {@code rating}, such as "10m" or "3d": the time from the review to the new due. */
    public String label(Rating rating) {
        return IntervalLabel.between(reviewedAt, of(rating).due());
    }

    private static void requireRating(Outcome outcome, Rating expected) {
        if (outcome == null || outcome.rating() != expected) {
            throw new IllegalArgumentException("the " + expected + " outcome must be rated " + expected
                    + ", got " + (outcome == null ? "none" : outcome.rating()));
        }
    }
}
