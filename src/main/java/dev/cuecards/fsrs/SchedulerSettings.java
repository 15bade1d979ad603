package dev.cuecards.fsrs;

import java.time.Duration;
import java.util.List;

/**
 * Everything the scheduler is tuned by (spec "Parameters", settings): desired retention 0 &lt; r &lt; 1, learning and
 * relearning steps in whole minutes, the maximum interval in days, fuzz, and the weights. The weights are kept as
 * given; {@link #effectiveParameters()} applies the w17/w18 bound that depends on the relearning steps.
 */
public record SchedulerSettings(
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumIntervalDays,
        boolean fuzz,
        Parameters parameters) {

    /** The largest maximum interval accepted, and the default: 36500 days. */
    public static final int LONGEST_INTERVAL_DAYS = 36500;

    public SchedulerSettings {
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1 (exclusive), got "
                    + desiredRetention);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        learningSteps.forEach(Steps::requireValid);
        relearningSteps.forEach(Steps::requireValid);
        if (maximumIntervalDays < 1 || maximumIntervalDays > LONGEST_INTERVAL_DAYS) {
            throw new IllegalArgumentException("maximum interval must be 1..36500 days, got " + maximumIntervalDays);
        }
        if (parameters == null) {
            throw new IllegalArgumentException("parameters are required");
        }
    }

    /** The weights the memory model uses: {@link #parameters()} with w17, w18 clamped to c for the relearning steps. */
    public Parameters effectiveParameters() {
        return parameters.forRelearningSteps(relearningSteps.size());
    }

    /** The app's defaults: retention 0.9, steps 1m 10m, relearning 10m, maximum 36500 days, fuzz on. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(0.9, Steps.parse("1m 10m"), Steps.parse("10m"), LONGEST_INTERVAL_DAYS, true,
                Parameters.defaults());
    }

    /** The defaults with fuzz off, as used by {@code fsrs replay} and the reference tests. */
    public static SchedulerSettings replayDefaults() {
        return defaults().withFuzz(false);
    }

    public SchedulerSettings withDesiredRetention(double retention) {
        return new SchedulerSettings(retention, learningSteps, relearningSteps, maximumIntervalDays, fuzz,
                parameters);
    }

    public SchedulerSettings withLearningSteps(List<Duration> steps) {
        return new SchedulerSettings(desiredRetention, steps, relearningSteps, maximumIntervalDays, fuzz, parameters);
    }

    public SchedulerSettings withRelearningSteps(List<Duration> steps) {
        return new SchedulerSettings(desiredRetention, learningSteps, steps, maximumIntervalDays, fuzz, parameters);
    }

    public SchedulerSettings withMaximumIntervalDays(int days) {
        return new SchedulerSettings(desiredRetention, learningSteps, relearningSteps, days, fuzz, parameters);
    }

    public SchedulerSettings withFuzz(boolean enabled) {
        return new SchedulerSettings(desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, enabled,
                parameters);
    }

    public SchedulerSettings withParameters(Parameters weights) {
        return new SchedulerSettings(desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, fuzz,
                weights);
    }
}
