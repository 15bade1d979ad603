package dev.cuecards.fsrs;

import static dev.cuecards.fsrs.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula checks of spec "Reference values" 3 and 4, with the default weights. */
class Fsrs6Test {

    private final Fsrs6 model = new Fsrs6(Parameters.defaults());

    @ParameterizedTest(name = "R({0}, 1) = {1}")
    @CsvSource({"0, 1", "1, 0.9", "2, 0.84588465", "3, 0.8093881"})
    void retrievability_of_a_one_day_memory_matches_the_reference(double days, double expected) {
        assertThat(model.retrievability(days, 1)).isEqualTo(expected);
    }

    @Test
    void retrievability_after_stability_days_is_ninety_percent() {
        assertThat(model.retrievability(37.5, 37.5)).isEqualTo(0.9);
    }

    @ParameterizedTest(name = "first {0}: S {1}, D {2}")
    @CsvSource({"AGAIN, 0.212, 6.4133", "HARD, 1.2931, 5.11217071", "GOOD, 2.3065, 2.11810397", "EASY, 8.2956, 1"})
    void first_review_sets_stability_and_difficulty_from_the_weights(Rating rating, double s, double d) {
        MemoryState state = model.initialState(rating);

        assertThat(state.stability()).isEqualTo(s);
        assertThat(state.difficulty()).isEqualTo(d);
    }

    @Test
    void initial_difficulty_of_easy_is_not_clamped() {
        assertThat(model.initialDifficulty(Rating.EASY)).isLessThan(1);
    }

    @ParameterizedTest(name = "D 5 after {0} = {1}")
    @CsvSource({"AGAIN, 8.34176237", "HARD, 6.66599536", "GOOD, 4.99022837", "EASY, 3.31446137"})
    void next_difficulty_from_five_matches_the_reference(Rating rating, double expected) {
        assertThat(model.nextDifficulty(5, rating)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "same-day S 5 after {0} = {1}")
    @CsvSource({"AGAIN, 1.596818", "HARD, 5", "GOOD, 5", "EASY, 8.12960956"})
    void same_day_stability_from_five_matches_the_reference(Rating rating, double expected) {
        assertThat(model.shortTermStability(5, rating)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "success S 5, D {0}, R {1}, {2} = {3}")
    @CsvSource({"1, 0.9, AGAIN, 25.60252118", "2, 0.8, HARD, 28.22657096", "3, 0.7, GOOD, 58.65599107",
        "4, 0.6, EASY, 127.2266925"})
    void success_formula_matches_the_reference(double d, double r, Rating rating, double expected) {
        // Rating AGAIN here only exercises the formula's h = b = 1 branch, as the reference row does with G = 1.
        assertThat(model.stabilityAfterSuccess(d, 5, r, rating)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lapse S 5, D {0}, R {1} = {2}")
    @CsvSource({"1, 0.9, 1.05253961", "2, 0.8, 1.18943295", "3, 0.7, 1.36808387", "4, 0.6, 1.58498896"})
    void lapse_formula_matches_the_reference(double d, double r, double expected) {
        assertThat(model.stabilityAfterForgetting(d, 5, r)).isEqualTo(expected);
    }

    @Test
    void stability_after_a_lapse_never_exceeds_the_short_term_ceiling() {
        double ceiling = Fsrs6.round8(0.212 / Math.exp(0.5425 * 0.0912));

        double forgetting = model.stabilityAfterForgetting(1, 0.212, 0.01);
        double lapsed = model.stabilityAfterLapse(1, 0.212, 0.01);

        assertThat(forgetting).isGreaterThan(ceiling);
        assertThat(lapsed).isEqualTo(ceiling);
    }

    @ParameterizedTest(name = "S 1 at retention {0} = {1} days")
    @CsvSource({"0.1, 3116769", "0.2, 34793", "0.3, 2508", "0.4, 387", "0.5, 90", "0.6, 27", "0.7, 9", "0.8, 3",
        "0.9, 1", "1.0, 1"})
    void interval_of_a_one_day_memory_matches_the_reference_at_every_retention(double retention, int expected) {
        double optimal = model.optimalIntervalDays(1, retention);

        assertThat(Intervals.base(optimal, Integer.MAX_VALUE)).isEqualTo(expected);
    }

    @Test
    void interval_multiplier_is_exactly_one_at_ninety_percent() {
        assertThat(model.intervalMultiplier(0.9)).isEqualTo(1.0);
    }

    @Test
    void retention_outside_zero_to_one_is_rejected_by_the_interval_formula() {
        assertThatThrownBy(() -> model.optimalIntervalDays(1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0.0");
    }

    @Test
    void same_day_review_uses_short_term_stability_and_later_reviews_use_the_success_formula() {
        MemoryState before = new MemoryState(5, 3);

        MemoryState sameDay = model.nextState(before, 0, Rating.EASY);
        MemoryState later = model.nextState(before, 5, Rating.GOOD);

        assertThat(sameDay.stability()).isEqualTo(8.12960956);
        assertClose(later.stability(), model.stabilityAfterSuccess(3, 5, 0.9, Rating.GOOD), "S after 5 days");
    }

    @Test
    void negative_elapsed_days_are_rejected() {
        assertThatThrownBy(() -> model.nextState(new MemoryState(5, 3), -1, Rating.GOOD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("elapsed days must not be negative, got -1");
    }

    @Test
    void rounding_is_half_up_at_the_eighth_decimal() {
        assertThat(Fsrs6.round8(0.123456785)).isEqualTo(0.12345679);
        assertThat(Fsrs6.round8(-0.123456785)).isEqualTo(-0.12345678);
        assertThat(Fsrs6.round8(2.3065)).isEqualTo(2.3065);
    }
}
