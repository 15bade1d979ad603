package dev.cuecards.study;

import dev.cuecards.fsrs.DayBoundary;
import dev.cuecards.store.SettingsRepository;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The limits of a study day, kept in the database's settings.
 *
 * @param newCardsPerDay  new cards introduced per study day (default 20)
 * @param maxReviewsPerDay review cards shown per study day at most (default 200)
 * @param rolloverHour    local hour at which one study day ends and the next begins (default 4)
 */
public record StudySettings(int newCardsPerDay, int maxReviewsPerDay, int rolloverHour) {

    public static final StudySettings DEFAULTS = new StudySettings(20, 200, DayBoundary.DEFAULT_ROLLOVER_HOUR);

    static final String NEW_CARDS_PER_DAY = "study.newCardsPerDay";
    static final String MAX_REVIEWS_PER_DAY = "study.maxReviewsPerDay";
    static final String ROLLOVER_HOUR = "study.rolloverHour";

    public StudySettings {
        if (newCardsPerDay < 0 || newCardsPerDay > 9999) {
            throw new IllegalArgumentException("new cards per day must be 0..9999, got " + newCardsPerDay);
        }
        if (maxReviewsPerDay < 0 || maxReviewsPerDay > 99999) {
            throw new IllegalArgumentException("maximum reviews per day must be 0..99999, got " + maxReviewsPerDay);
        }
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("rollover hour must be 0..23, got " + rolloverHour);
        }
    }

    /** The stored settings, each missing one at its default. */
    static StudySettings load(SettingsRepository settings) throws SQLException {
        return new StudySettings(
                number(settings.get(NEW_CARDS_PER_DAY), DEFAULTS.newCardsPerDay, NEW_CARDS_PER_DAY),
                number(settings.get(MAX_REVIEWS_PER_DAY), DEFAULTS.maxReviewsPerDay, MAX_REVIEWS_PER_DAY),
                number(settings.get(ROLLOVER_HOUR), DEFAULTS.rolloverHour, ROLLOVER_HOUR));
    }

    void save(SettingsRepository settings) throws SQLException {
        settings.put(NEW_CARDS_PER_DAY, String.valueOf(newCardsPerDay));
        settings.put(MAX_REVIEWS_PER_DAY, String.valueOf(maxReviewsPerDay));
        settings.put(ROLLOVER_HOUR, String.valueOf(rolloverHour));
    }

    private static int number(Optional<String> stored, int fallback, String key) {
        try {
            return stored.map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("setting " + key + " must be a whole number, got '" + stored.get() + "'", e);
        }
    }
}
