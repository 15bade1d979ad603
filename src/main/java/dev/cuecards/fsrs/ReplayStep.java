package dev.cuecards.fsrs;

/** The card as it stands after replaying the event at {@code index} (0-based position in the input). */
public record ReplayStep(int index, ReplayEvent event, CardSchedule card) {
}
