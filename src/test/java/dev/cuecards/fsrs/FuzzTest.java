package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzTest {

    @ParameterizedTest(name = "interval {0} fuzzes within [{1}, {2}]")
    @CsvSource({"3, 2, 4", "10, 8, 12", "100, 93, 107"})
    void the_example_ranges_of_the_spec_hold(int interval, int lowest, int highest) {
        assertThat(Fuzz.range(interval, 0, 36500)).isEqualTo(new Fuzz.Range(lowest, highest));
        assertThat(Fuzz.apply(interval, 0, 36500, 0)).isEqualTo(lowest);
        assertThat(Fuzz.apply(interval, 0, 36500, Math.nextDown(1.0))).isEqualTo(highest);
    }

    @Test
    void intervals_under_two_and_a_half_days_are_not_fuzzed() {
        assertThat(Fuzz.apply(1, 0, 36500, 0.99)).isEqualTo(1);
        assertThat(Fuzz.apply(2, 0, 36500, 0.99)).isEqualTo(2);
    }

    @Test
    void a_fuzzed_interval_is_longer_than_the_days_already_elapsed() {
        assertThat(Fuzz.range(10, 9, 36500)).isEqualTo(new Fuzz.Range(10, 12));
    }

    @Test
    void the_maximum_interval_caps_the_range() {
        assertThat(Fuzz.range(30, 0, 30)).isEqualTo(new Fuzz.Range(27, 30));
        assertThat(Fuzz.range(30, 40, 30).highest()).isEqualTo(30);
    }

    @Test
    void the_random_number_is_pinned_for_a_card_id_and_review_count() {
        // Values from an independent implementation of the documented FNV-1a + SplitMix64 recipe; a change here
        // would move every fuzzed due date.
        assertThat(Fuzz.unit("c1", 0)).isEqualTo(0.9685649650672948);
        assertThat(Fuzz.unit("c1", 1)).isEqualTo(0.021658473739110895);
        assertThat(Fuzz.unit("", 0)).isEqualTo(0.8369237135948752);
    }

    @Test
    void the_random_number_changes_with_the_review_count_and_the_card_id() {
        Set<Double> byReps = new HashSet<>();
        Set<Double> byId = new HashSet<>();

        IntStream.range(0, 100).forEach(reps -> byReps.add(Fuzz.unit("c1", reps)));
        IntStream.range(0, 100).forEach(i -> byId.add(Fuzz.unit("card-" + i, 5)));

        assertThat(byReps).hasSizeGreaterThan(95).allSatisfy(u -> assertThat(u).isBetween(0.0, Math.nextDown(1.0)));
        assertThat(byId).hasSizeGreaterThan(95);
    }

    @Test
    void the_random_numbers_spread_over_zero_to_one() {
        double[] us = IntStream.range(0, 10_000).mapToDouble(i -> Fuzz.unit("card-" + i, i % 7)).toArray();

        long lowHalf = java.util.Arrays.stream(us).filter(u -> u < 0.5).count();

        assertThat(lowHalf).isBetween(4700L, 5300L);
        assertThat(java.util.Arrays.stream(us).min().getAsDouble()).isLessThan(0.01);
        assertThat(java.util.Arrays.stream(us).max().getAsDouble()).isGreaterThan(0.99);
    }
}
