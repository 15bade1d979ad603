package dev.cuecards.fsrs;

/** An event that could not be replayed: its 0-based position in the input and why. */
public record ReplayProblem(int index, String reason) {
}
