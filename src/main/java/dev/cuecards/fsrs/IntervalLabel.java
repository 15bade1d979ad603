package dev.cuecards.fsrs;

import java.time.Duration;
import java.time.Instant;

/**
 * Short labels for the time until a card is due, as printed on the answer buttons: "&lt;1m", "10m", "1.5h", "3d",
 * "2.1mo", "1.3y". Minutes and days are whole; hours, months (365/12 days) and years (365 days) keep one decimal.
 */
public final class IntervalLabel {

    private static final double DAYS_PER_MONTH = 365.0 / 12;
    private static final double DAYS_PER_YEAR = 365;

    private IntervalLabel() {
    }

    /** The label for the time from {@code from} to {@code to}; anything under a minute, or negative, is "&lt;1m". */
    public static String between(Instant from, Instant to) {
        return of(Duration.between(from, to));
    }

    /** The label for a duration. */
    public static String of(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        if (seconds < 60) {
            return "<1m";
        }
        double minutes = seconds / 60;
        if (Math.round(minutes) < 60) {
            return Math.round(minutes) + "m";
        }
        double hours = minutes / 60;
        if (oneDecimal(hours) < 24) {
            return format(hours) + "h";
        }
        double days = hours / 24;
        if (Math.round(days) < 30) {
            return Math.round(days) + "d";
        }
        double months = days / DAYS_PER_MONTH;
        if (oneDecimal(months) < 12) {
            return format(months) + "mo";
        }
        return format(days / DAYS_PER_YEAR) + "y";
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String format(double value) {
        double rounded = oneDecimal(value);
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
