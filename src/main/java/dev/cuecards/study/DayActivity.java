package dev.cuecards.study;

import java.time.LocalDate;
import java.util.Objects;

/** How many answers were given on one study day. */
public record DayActivity(LocalDate date, int reviews) {

    public DayActivity {
        Objects.requireNonNull(date, "date");
        if (reviews < 0) {
            throw new IllegalArgumentException("reviews must not be negative, got " + reviews + " on " + date);
        }
    }
}
