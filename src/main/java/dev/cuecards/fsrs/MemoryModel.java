package dev.cuecards.fsrs;

/**
 * A memory model of the FSRS family: how stability and difficulty respond to a rating, how recall decays, and which
 * interval reaches a desired retention. {@link Fsrs6} is the one in use; a later model (FSRS-7) plugs in here.
 */
public interface MemoryModel {

    /** Probability of recall after {@code elapsedDays} for a memory of the given stability. */
    double retrievability(double elapsedDays, double stability);

    /** The memory state after the very first rating of a new card. */
    MemoryState initialState(Rating rating);

    /** The memory state after rating a reviewed card {@code elapsedDays} calendar days after its last review. */
    MemoryState nextState(MemoryState before, long elapsedDays, Rating rating);

    /** The unrounded interval in days after which recall falls to {@code desiredRetention} (0 &lt; r &le; 1). */
    double optimalIntervalDays(double stability, double desiredRetention);
}
