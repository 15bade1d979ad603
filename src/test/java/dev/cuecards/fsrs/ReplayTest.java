package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static ReplayEvent event(String card, int rating, String time) {
        return new ReplayEvent(card, Rating.of(rating), Instant.parse(time));
    }

    private static final List<ReplayEvent> HISTORY = List.of(
            event("c1", 3, "2026-01-05T09:00:00Z"),
            event("c2", 4, "2026-01-05T09:01:00Z"),
            event("c1", 3, "2026-01-05T09:10:00Z"),
            event("c1", 3, "2026-01-07T09:15:00Z"),
            event("c2", 2, "2026-01-13T10:00:00Z"),
            event("c1", 1, "2026-01-20T20:00:00Z"),
            event("c1", 3, "2026-01-20T20:12:00Z"));

    @Test
    void replay_gives_the_same_cards_as_answering_step_by_step() {
        Scheduler scheduler = new Scheduler(SchedulerSettings.replayDefaults(), DayBoundary.UTC);
        Map<String, CardSchedule> cards = new HashMap<>();

        ReplayReport report = Replay.withDefaults(false).run(HISTORY);

        assertThat(report.complete()).isTrue();
        assertThat(report.steps()).hasSize(HISTORY.size());
        for (ReplayStep step : report.steps()) {
            ReplayEvent e = step.event();
            CardSchedule before = cards.getOrDefault(e.cardId(), CardSchedule.newCard(e.time()));
            CardSchedule expected = scheduler.answer(before, e.rating(), e.time(), e.cardId());
            cards.put(e.cardId(), expected);
            assertThat(step.card()).as("event " + step.index()).isEqualTo(expected);
            assertThat(step.event()).isEqualTo(HISTORY.get(step.index()));
        }
        assertThat(report.steps()).extracting(s -> s.card().state().toString())
                .containsExactly("Learning", "Review", "Review", "Review", "Review", "Relearning", "Review");
    }

    @Test
    void time_going_backwards_for_a_card_is_reported_with_its_index_and_skipped() {
        List<ReplayEvent> events = List.of(
                event("c1", 3, "2026-01-05T09:00:00Z"),
                event("c2", 3, "2026-01-04T09:00:00Z"),
                event("c1", 3, "2026-01-05T08:59:00Z"),
                event("c1", 3, "2026-01-05T09:10:00Z"));

        ReplayReport report = Replay.withDefaults(false).run(events);

        assertThat(report.complete()).isFalse();
        assertThat(report.problems()).containsExactly(new ReplayProblem(2,
                "time 2026-01-05T08:59:00Z of card c1 is before its previous review at 2026-01-05T09:00:00Z"));
        assertThat(report.steps()).extracting(ReplayStep::index).containsExactly(0, 1, 3);
        assertThat(report.steps().get(2).card().state()).isEqualTo(CardState.REVIEW);
    }

    @Test
    void two_reviews_at_the_same_instant_are_accepted() {
        ReplayReport report = Replay.withDefaults(false).run(List.of(
                event("c1", 1, "2022-11-29T12:30:00Z"), event("c1", 3, "2022-11-29T12:30:00Z")));

        assertThat(report.complete()).isTrue();
        assertThat(report.steps().get(1).card().stability()).isEqualTo(0.24668919);
    }

    @Test
    void replay_with_fuzz_repeats_and_matches_a_fuzzed_scheduler() {
        Scheduler fuzzy = new Scheduler(SchedulerSettings.replayDefaults().withFuzz(true), DayBoundary.UTC);

        ReplayReport first = Replay.withDefaults(true).run(HISTORY);
        ReplayReport second = Replay.withDefaults(true).run(HISTORY);

        assertThat(first).isEqualTo(second);
        ReplayStep easy = first.steps().get(1);
        assertThat(easy.card()).isEqualTo(
                fuzzy.answer(CardSchedule.newCard(easy.event().time()), Rating.EASY, easy.event().time(), "c2"));
    }

    @Test
    void an_event_without_a_card_id_cannot_be_built() {
        assertThatThrownBy(() -> event(" ", 3, "2026-01-05T09:00:00Z"))
                .hasMessage("card id must not be blank, got ' '");
    }
}
