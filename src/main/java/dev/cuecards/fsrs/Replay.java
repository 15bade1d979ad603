package dev.cuecards.fsrs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes scheduling from a review history (DESIGN "fsrs replay"): each card starts New at its first event and
 * is answered event by event. Days are UTC calendar dates; fuzz is off unless the settings turn it on.
 */
public final class Replay {

    private final Scheduler scheduler;

    /** A replay with the given settings, counting days in UTC. */
    public Replay(SchedulerSettings settings) {
        this.scheduler = new Scheduler(settings, DayBoundary.UTC);
    }

    /** The replay defaults of DESIGN "fsrs replay", with fuzz on or off. */
    public static Replay withDefaults(boolean fuzz) {
        return new Replay(SchedulerSettings.replayDefaults().withFuzz(fuzz));
    }

    /**
     * Replays {@code events} in order. An event earlier than its card's previous one is reported as a problem with
     * its index and skipped; the other events go on.
     */
    public ReplayReport run(List<ReplayEvent> events) {
        Map<String, CardSchedule> cards = new HashMap<>();
        List<ReplayStep> steps = new ArrayList<>();
        List<ReplayProblem> problems = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            ReplayEvent event = events.get(index);
            CardSchedule card = cards.getOrDefault(event.cardId(), CardSchedule.newCard(event.time()));
            Optional<String> problem = problemWith(event, card);
            if (problem.isPresent()) {
                problems.add(new ReplayProblem(index, problem.get()));
                continue;
            }
            CardSchedule next = scheduler.answer(card, event.rating(), event.time(), event.cardId());
            cards.put(event.cardId(), next);
            steps.add(new ReplayStep(index, event, next));
        }
        return new ReplayReport(steps, problems);
    }

    private static Optional<String> problemWith(ReplayEvent event, CardSchedule card) {
        return card.lastReview()
                .filter(last -> event.time().isBefore(last))
                .map(last -> "time " + event.time() + " of card " + event.cardId()
                        + " is before its previous review at " + last);
    }
}
