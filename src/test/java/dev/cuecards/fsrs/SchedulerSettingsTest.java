package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulerSettingsTest {

    @Test
    void defaults_follow_the_spec_with_fuzz_on_in_the_app_and_off_for_replay() {
        SchedulerSettings app = SchedulerSettings.defaults();

        assertThat(app.desiredRetention()).isEqualTo(0.9);
        assertThat(app.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(app.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(app.maximumIntervalDays()).isEqualTo(36500);
        assertThat(app.fuzz()).isTrue();
        assertThat(SchedulerSettings.replayDefaults().fuzz()).isFalse();
        assertThat(app.parameters()).isEqualTo(Parameters.defaults());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.5, 1.2, Double.NaN})
    void desired_retention_outside_zero_to_one_is_rejected(double retention) {
        assertThatThrownBy(() -> SchedulerSettings.defaults().withDesiredRetention(retention))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("desired retention must be between 0 and 1 (exclusive), got " + retention);
    }

    @Test
    void steps_that_are_not_whole_minutes_are_rejected() {
        List<Duration> steps = List.of(Duration.ofSeconds(90));

        assertThatThrownBy(() -> SchedulerSettings.defaults().withLearningSteps(steps))
                .hasMessage("a step must be a whole number of minutes, got PT1M30S");
        assertThatThrownBy(() -> SchedulerSettings.defaults().withRelearningSteps(List.of(Duration.ZERO)))
                .hasMessage("a step must be between 1m and 36500d, got PT0S");
    }

    @Test
    void maximum_interval_must_be_between_one_and_36500_days() {
        assertThatThrownBy(() -> SchedulerSettings.defaults().withMaximumIntervalDays(0))
                .hasMessage("maximum interval must be 1..36500 days, got 0");
        assertThat(SchedulerSettings.defaults().withMaximumIntervalDays(30).maximumIntervalDays()).isEqualTo(30);
    }

    @Test
    void the_model_weights_respect_c_for_the_relearning_steps_while_the_given_weights_are_kept() {
        double[] weights = Parameters.defaults().weights().stream().mapToDouble(Double::doubleValue).toArray();
        weights[17] = 1.5;
        SchedulerSettings settings = SchedulerSettings.defaults().withParameters(Parameters.of(weights))
                .withRelearningSteps(Steps.parse("10m 1h"));

        Parameters effective = settings.effectiveParameters();

        assertThat(effective.w(17)).isEqualTo(Parameters.defaults().relearningBound(2));
        assertThat(settings.parameters().w(17)).isEqualTo(1.5);
        assertThat(settings.withRelearningSteps(Steps.parse("10m")).effectiveParameters().w(17)).isEqualTo(1.5);
    }
}
