package dev.cuecards.study;

import dev.cuecards.fsrs.DayBoundary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One study day: from the rollover hour of {@code date} (local time) to the rollover of the next date. "Due today"
 * means due before {@link #end()}; an answer at 03:59 belongs to the previous day.
 */
public record StudyDay(LocalDate date, Instant start, Instant end) {

    public StudyDay {
        if (date == null || start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("a study day needs a date and a start before its end, got " + date + " " + start + " " + end);
        }
    }

    /** The study day {@code now} falls in. */
    public static StudyDay of(Instant now, DayBoundary boundary) {
        return on(boundary.studyDate(now), boundary);
    }

    /** The study day of {@code date}. */
    static StudyDay on(LocalDate date, DayBoundary boundary) {
        return new StudyDay(date, rollover(date, boundary), rollover(date.plusDays(1), boundary));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    private static Instant rollover(LocalDate date, DayBoundary boundary) {
        // In a DST gap the hour does not exist; ZonedDateTime moves it forward, as the wall clock does.
        return ZonedDateTime.of(date.atTime(boundary.rolloverHour(), 0), boundary.zone()).toInstant();
    }
}
