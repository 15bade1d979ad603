package dev.cuecards.fsrs;

/**
 * What the memory model knows of a reviewed card: stability S in days (the interval at which recall falls to 90%)
 * and difficulty D on the 1..10 scale.
 */
public record MemoryState(double stability, double difficulty) {

    /** Bounds of S in days (spec "Memory model"). */
    public static final double MIN_STABILITY = 0.001;
    public static final double MAX_STABILITY = 36500;

    public MemoryState {
        if (!(stability >= MIN_STABILITY && stability <= MAX_STABILITY)) {
            throw new IllegalArgumentException("stability must be in [0.001, 36500] days, got " + stability);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be in [1, 10], got " + difficulty);
        }
    }
}
