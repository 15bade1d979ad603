package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DayBoundaryTest {

    private static final DayBoundary BERLIN = DayBoundary.of(ZoneId.of("Europe/Berlin"));

    @Test
    void just_before_and_after_utc_midnight_is_one_day() {
        long days = DayBoundary.UTC.elapsedDays(Instant.parse("2026-01-05T23:59:00Z"),
                Instant.parse("2026-01-06T00:05:00Z"));

        assertThat(days).isEqualTo(1);
    }

    @Test
    void from_just_after_to_just_before_utc_midnight_is_zero_days() {
        long days = DayBoundary.UTC.elapsedDays(Instant.parse("2026-01-06T00:05:00Z"),
                Instant.parse("2026-01-06T23:59:00Z"));

        assertThat(days).isZero();
    }

    @Test
    void the_study_day_changes_at_the_rollover_hour_in_the_users_zone() {
        Instant threeThirtyLocal = Instant.parse("2026-01-06T02:30:00Z");
        Instant fourThirtyLocal = Instant.parse("2026-01-06T03:30:00Z");

        assertThat(BERLIN.rolloverHour()).isEqualTo(4);
        assertThat(BERLIN.studyDate(threeThirtyLocal)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(BERLIN.studyDate(fourThirtyLocal)).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(BERLIN.elapsedDays(Instant.parse("2026-01-05T09:00:00Z"), threeThirtyLocal)).isZero();
        assertThat(BERLIN.elapsedDays(Instant.parse("2026-01-05T09:00:00Z"), fourThirtyLocal)).isEqualTo(1);
    }

    @Test
    void the_rollover_stays_at_four_oclock_local_time_when_clocks_spring_forward() {
        Instant fourLocal = Instant.parse("2026-03-29T02:00:00Z");
        Instant justBefore = Instant.parse("2026-03-29T01:59:00Z");

        assertThat(BERLIN.studyDate(fourLocal)).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(BERLIN.studyDate(justBefore)).isEqualTo(LocalDate.of(2026, 3, 28));
    }

    @Test
    void a_rollover_hour_outside_the_day_is_rejected() {
        assertThatThrownBy(() -> new DayBoundary(ZoneId.of("UTC"), 24))
                .hasMessage("rollover hour must be 0..23, got 24");
    }
}
