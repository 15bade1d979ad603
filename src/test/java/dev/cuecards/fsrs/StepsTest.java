package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StepsTest {

    @Test
    void minutes_hours_and_days_are_read() {
        assertThat(Steps.parse("1m 10m")).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(Steps.parse("1h")).containsExactly(Duration.ofMinutes(60));
        assertThat(Steps.parse("2d")).containsExactly(Duration.ofMinutes(2880));
        assertThat(Steps.parse(" 5m,30m  1h ")).hasSize(3);
    }

    @Test
    void blank_text_means_no_steps() {
        assertThat(Steps.parse("  ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5x", "1.5m", "-1m", "m", "10", "1 m"})
    void malformed_steps_are_rejected_with_the_step(String text) {
        assertThatThrownBy(() -> Steps.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a step must be a whole number followed by m, h or d");
    }

    @Test
    void zero_and_overlong_steps_are_rejected() {
        assertThatThrownBy(() -> Steps.parse("0m")).hasMessage("a step must be between 1m and 36500d, got '0m'");
        assertThatThrownBy(() -> Steps.parse("36501d")).hasMessageContaining("got '36501d'");
    }

    @Test
    void steps_are_written_back_in_the_largest_exact_unit() {
        List<Duration> steps = Steps.parse("1m 90m 120m 2880m");

        assertThat(Steps.format(steps)).isEqualTo("1m 90m 2h 2d");
    }
}
