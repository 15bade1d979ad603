package dev.cuecards.fsrs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One wait in the (re)learning steps: the delay before the card is shown again and the step index it is then at
 * (spec "Scheduling a review", step rule).
 */
record LearningStep(Duration delay, int index) {

    /** What the step rule does with {@code rating} at step {@code k}: wait at a step, or graduate (empty). */
    static Optional<LearningStep> next(List<Duration> steps, int k, Rating rating) {
        if (steps.isEmpty() || k >= steps.size()) {
            return Optional.empty();
        }
        return switch (rating) {
            case AGAIN -> Optional.of(new LearningStep(steps.get(0), 0));
            case HARD -> Optional.of(new LearningStep(hardDelay(steps), k));
            case GOOD -> k + 1 < steps.size()
                    ? Optional.of(new LearningStep(steps.get(k + 1), k + 1))
                    : Optional.empty();
            case EASY -> Optional.empty();
        };
    }

    // Step rule: Hard waits round((steps[0] + steps[1])/2) minutes, or round(1.5·steps[0]) with one step, at any k.
    private static Duration hardDelay(List<Duration> steps) {
        long first = steps.get(0).toMinutes();
        double minutes = steps.size() == 1 ? 1.5 * first : (first + steps.get(1).toMinutes()) / 2.0;
        return Duration.ofMinutes(Math.round(minutes));
    }
}
