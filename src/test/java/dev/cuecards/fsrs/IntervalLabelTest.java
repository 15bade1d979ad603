package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IntervalLabelTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PT0S, <1m", "PT59S, <1m", "PT1M, 1m", "PT6M, 6m", "PT10M, 10m", "PT59M, 59m", "PT59M40S, 1h",
        "PT1H, 1h", "PT1H30M, 1.5h", "PT23H, 23h", "PT24H, 1d", "P3D, 3d", "P29D, 29d", "P30D, 1mo",
        "P64D, 2.1mo", "P300D, 9.9mo", "P365D, 1y", "P475D, 1.3y", "P36500D, 100y", "PT-5M, <1m"})
    void durations_get_short_button_labels(String duration, String label) {
        assertThat(IntervalLabel.of(Duration.parse(duration))).isEqualTo(label);
    }

    @Test
    void labels_are_measured_from_now_to_due() {
        Instant now = Instant.parse("2026-01-05T09:00:00Z");

        assertThat(IntervalLabel.between(now, now.plus(Duration.ofDays(8)))).isEqualTo("8d");
    }
}
