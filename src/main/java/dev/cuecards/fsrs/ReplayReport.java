package dev.cuecards.fsrs;

import java.util.List;

/**
 * The outcome of a replay: a step for every event that could be applied, in input order, and a problem for every
 * event that was skipped. Skipping an event leaves its card as it was.
 */
public record ReplayReport(List<ReplayStep> steps, List<ReplayProblem> problems) {

    public ReplayReport {
        steps = List.copyOf(steps);
        problems = List.copyOf(problems);
    }

    /** Whether every event was replayed. */
    public boolean complete() {
        return problems.isEmpty();
    }
}
