package dev.cuecards.fsrs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Where one study day ends and the next begins: midnight in {@code zone}, moved to {@code rolloverHour} o'clock
 * (spec "Elapsed days"). Replay and tests use {@link #UTC}; the app uses the user's zone with the 04:00 rollover.
 */
public record DayBoundary(ZoneId zone, int rolloverHour) {

    /** Calendar dates in UTC, days changing at midnight: the replay and reference-test convention. */
    public static final DayBoundary UTC = new DayBoundary(ZoneOffset.UTC, 0);

    /** The rollover hour used unless the user picks another, as in Anki. */
    public static final int DEFAULT_ROLLOVER_HOUR = 4;

    public DayBoundary {
        if (zone == null) {
            throw new IllegalArgumentException("a time zone is required");
        }
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("rollover hour must be 0..23, got " + rolloverHour);
        }
    }

    /** Study days in {@code zone}, starting at 04:00 local time. */
    public static DayBoundary of(ZoneId zone) {
        return new DayBoundary(zone, DEFAULT_ROLLOVER_HOUR);
    }

    /** The study day an instant belongs to: its local date after taking off the rollover hours. */
    public LocalDate studyDate(Instant instant) {
        // Subtracting on the local time keeps the rollover at the same wall-clock hour across DST changes.
        return instant.atZone(zone).toLocalDateTime().minusHours(rolloverHour).toLocalDate();
    }

    /** Number of study-day changes from {@code from} to {@code to}: 23:59 → 00:05 is 1 with a midnight rollover. */
    public long elapsedDays(Instant from, Instant to) {
        return ChronoUnit.DAYS.between(studyDate(from), studyDate(to));
    }
}
