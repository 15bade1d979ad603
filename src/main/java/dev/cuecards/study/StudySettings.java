package dev.cuecards.study;

import dev.cuecards.fsrs.DayBoundary;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.fsrs.Steps;
import dev.cuecards.store.SettingsRepository;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the user studies, kept in the database's settings: the limits of a study day, when it rolls over, and what the
 * scheduler aims for and steps through.
 *
 * @param newCardsPerDay   new cards introduced per study day (default 20)
 * @param maxReviewsPerDay review cards shown per study day at most (default 200)
 * @param rolloverHour     local hour at which one study day ends and the next begins (default 4)
 * @param desiredRetention the chance of recall that review intervals aim at, 0.70..0.99 (default 0.9)
 * @param learningSteps    the waits a new card goes through before its first interval, at most 10 (default 1m 10m)
 * @param relearningSteps  the waits a forgotten card goes through before it is back in review, at most 10
 *                         (default 10m)
 */
public record StudySettings(int newCardsPerDay, int maxReviewsPerDay, int rolloverHour, double desiredRetention,
                            List<Duration> learningSteps, List<Duration> relearningSteps) {

    public static final StudySettings DEFAULTS = new StudySettings(20, 200, DayBoundary.DEFAULT_ROLLOVER_HOUR, 0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)));

    static final double LOWEST_RETENTION = 0.70;
    static final double HIGHEST_RETENTION = 0.99;
    static final int MAX_STEPS = 10;

    static final String NEW_CARDS_PER_DAY = "study.newCardsPerDay";
    static final String MAX_REVIEWS_PER_DAY = "study.maxReviewsPerDay";
    static final String ROLLOVER_HOUR = "study.rolloverHour";
    static final String DESIRED_RETENTION = "study.desiredRetention";
    static final String LEARNING_STEPS = "study.learningSteps";
    static final String RELEARNING_STEPS = "study.relearningSteps";

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
        // Written so that NaN fails too.
        if (!(desiredRetention >= LOWEST_RETENTION && desiredRetention <= HIGHEST_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be 0.70..0.99, got " + desiredRetention);
        }
        learningSteps = checkedSteps("learning steps", learningSteps);
        relearningSteps = checkedSteps("relearning steps", relearningSteps);
    }

    /**
     * Reads the settings form as the user typed it.
     *
     * @throws InvalidSetting for the first field, in the order given, that holds no acceptable value
     */
    public static StudySettings parse(String newCardsPerDay, String maxReviewsPerDay, String rolloverHour,
            String desiredRetention, String learningSteps, String relearningSteps) {
        return SettingsForm.parse(newCardsPerDay, maxReviewsPerDay, rolloverHour, desiredRetention, learningSteps,
                relearningSteps);
    }

    /** {@code base} (weights, maximum interval, fuzz) with this desired retention and these steps. */
    SchedulerSettings applyTo(SchedulerSettings base) {
        return base.withDesiredRetention(desiredRetention).withLearningSteps(learningSteps)
                .withRelearningSteps(relearningSteps);
    }

    /** The stored settings, each missing one at its default. */
    static StudySettings load(SettingsRepository settings) throws SQLException {
        return new StudySettings(
                stored(settings, NEW_CARDS_PER_DAY, Integer::parseInt, DEFAULTS.newCardsPerDay),
                stored(settings, MAX_REVIEWS_PER_DAY, Integer::parseInt, DEFAULTS.maxReviewsPerDay),
                stored(settings, ROLLOVER_HOUR, Integer::parseInt, DEFAULTS.rolloverHour),
                stored(settings, DESIRED_RETENTION, Double::parseDouble, DEFAULTS.desiredRetention),
                stored(settings, LEARNING_STEPS, Steps::parse, DEFAULTS.learningSteps),
                stored(settings, RELEARNING_STEPS, Steps::parse, DEFAULTS.relearningSteps));
    }

    void save(SettingsRepository settings) throws SQLException {
        settings.put(NEW_CARDS_PER_DAY, String.valueOf(newCardsPerDay));
        settings.put(MAX_REVIEWS_PER_DAY, String.valueOf(maxReviewsPerDay));
        settings.put(ROLLOVER_HOUR, String.valueOf(rolloverHour));
        settings.put(DESIRED_RETENTION, String.valueOf(desiredRetention));
        settings.put(LEARNING_STEPS, Steps.format(learningSteps));
        settings.put(RELEARNING_STEPS, Steps.format(relearningSteps));
    }

    private static <T> T stored(SettingsRepository settings, String key, Function<String, T> parser, T fallback)
            throws SQLException {
        Optional<String> text = settings.get(key);
        try {
            return text.map(String::strip).map(parser).orElse(fallback);
        } catch (IllegalArgumentException e) {
            // NumberFormatException is one too.
            throw new IllegalStateException("setting " + key + " cannot be read from '" + text.get() + "': "
                    + e.getMessage(), e);
        }
    }

    private static List<Duration> checkedSteps(String name, List<Duration> steps) {
        if (steps == null || steps.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must be a list of steps, got " + steps);
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_STEPS + " steps, got " + steps.size()
                    + " (" + Steps.format(steps) + ")");
        }
        try {
            // The scheduler's settings check every step with the rules of Steps.
            SchedulerSettings.defaults().withLearningSteps(steps);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        return List.copyOf(steps);
    }
}
