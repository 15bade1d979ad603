package dev.cuecards.study;

import dev.cuecards.fsrs.Steps;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the study settings form: text as the user typed it, refused field by field with messages for the user. */
final class SettingsForm {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\d*\\.?\\d+");

    private SettingsForm() {
    }

    /** The settings the form holds; the first wrong field, in the order given, is thrown as {@link InvalidSetting}. */
    static StudySettings parse(String newCardsPerDay, String maxReviewsPerDay, String rolloverHour,
            String desiredRetention, String learningSteps, String relearningSteps) {
        return new StudySettings(
                whole("newCardsPerDay", "New cards per day", newCardsPerDay, 9999),
                whole("maxReviewsPerDay", "Maximum reviews per day", maxReviewsPerDay, 99999),
                whole("rolloverHour", "Rollover hour", rolloverHour, 23),
                retention(desiredRetention),
                steps("learningSteps", "Learning steps", learningSteps),
                steps("relearningSteps", "Relearning steps", relearningSteps));
    }

    private static int whole(String field, String label, String text, int max) {
        String value = present(field, label, text);
        if (!WHOLE_NUMBER.matcher(value).matches() || Integer.parseInt(value) > max) {
            throw new InvalidSetting(field, label + " must be a whole number from 0 to " + max + ", got '" + value + "'.");
        }
        return Integer.parseInt(value);
    }

    private static double retention(String text) {
        String value = present("desiredRetention", "Desired retention", text);
        double retention = DECIMAL.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
        if (!(retention >= StudySettings.LOWEST_RETENTION && retention <= StudySettings.HIGHEST_RETENTION)) {
            throw new InvalidSetting("desiredRetention",
                    "Desired retention must be a number from 0.70 to 0.99, such as 0.9, got '" + value + "'.");
        }
        return retention;
    }

    private static List<Duration> steps(String field, String label, String text) {
        String value = present(field, label, text);
        List<Duration> steps;
        try {
            steps = Steps.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting(field, label + ": " + e.getMessage() + ".");
        }
        if (steps.size() > StudySettings.MAX_STEPS) {
            throw new InvalidSetting(field, label + " can be at most " + StudySettings.MAX_STEPS + " waits, got "
                    + steps.size() + ".");
        }
        return steps;
    }

    /** The text without surrounding spaces; a field missing from the form is a mistake, not a blank. */
    private static String present(String field, String label, String text) {
        if (text == null) {
            throw new InvalidSetting(field, label + " was not filled in.");
        }
        return text.strip();
    }
}
