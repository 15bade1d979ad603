package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** State-machine behaviour beyond the reference tables: default weights, fuzz off unless stated. */
class SchedulerTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final SchedulerSettings REPLAY = SchedulerSettings.replayDefaults();

    private final Scheduler scheduler = new Scheduler(REPLAY, DayBoundary.UTC);

    private static CardSchedule reviewCard(double stability, double difficulty, Instant lastReview) {
        return new CardSchedule(CardState.REVIEW, 0, stability, difficulty, lastReview.plus(Duration.ofDays(10)),
                Optional.of(lastReview), 10, 5, 0);
    }

    @Test
    void again_on_a_review_card_starts_relearning() {
        CardSchedule card = reviewCard(10, 5, NOW.minus(Duration.ofDays(10)));

        CardSchedule next = scheduler.answer(card, Rating.AGAIN, NOW, "c1");

        assertThat(next.state()).isEqualTo(CardState.RELEARNING);
        assertThat(next.step()).isZero();
        assertThat(next.due()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(next.scheduledDays()).isZero();
        assertThat(next.lapses()).isEqualTo(1);
        assertThat(next.reps()).isEqualTo(6);
        assertThat(next.lastReview()).contains(NOW);
    }

    @Test
    void again_on_a_review_card_without_relearning_steps_stays_in_review() {
        Scheduler noRelearning = new Scheduler(REPLAY.withRelearningSteps(List.of()), DayBoundary.UTC);
        CardSchedule card = reviewCard(10, 5, NOW.minus(Duration.ofDays(10)));

        CardSchedule next = noRelearning.answer(card, Rating.AGAIN, NOW, "c1");

        assertThat(next.state()).isEqualTo(CardState.REVIEW);
        assertThat(next.lapses()).isEqualTo(1);
        assertThat(next.scheduledDays()).isEqualTo(Math.max(1, (int) Math.round(next.stability())));
        assertThat(next.due()).isEqualTo(NOW.plus(Duration.ofDays(next.scheduledDays())));
    }

    @Test
    void relearning_hard_with_one_step_waits_one_and_a_half_steps() {
        CardSchedule card = scheduler.answer(reviewCard(10, 5, NOW.minus(Duration.ofDays(10))), Rating.AGAIN, NOW,
                "c1");

        CardSchedule next = scheduler.answer(card, Rating.HARD, NOW.plus(Duration.ofMinutes(10)), "c1");

        assertThat(next.state()).isEqualTo(CardState.RELEARNING);
        assertThat(next.due()).isEqualTo(NOW.plus(Duration.ofMinutes(25)));
    }

    @Test
    void answer_stores_exactly_the_previewed_outcome_for_every_rating() {
        CardSchedule learning = scheduler.answer(CardSchedule.newCard(NOW), Rating.GOOD, NOW, "c1");
        Instant later = NOW.plus(Duration.ofMinutes(12));

        Preview preview = scheduler.preview(learning, later, "c1");

        for (Rating rating : Rating.values()) {
            assertThat(scheduler.answer(learning, rating, later, "c1")).isEqualTo(preview.of(rating).card());
        }
    }

    @Test
    void preview_labels_the_buttons_of_a_new_card() {
        Preview preview = scheduler.preview(CardSchedule.newCard(NOW), NOW, "c1");

        assertThat(Rating.values()).extracting(preview::label).containsExactly("1m", "6m", "10m", "8d");
    }

    @Test
    void a_review_time_before_the_last_review_is_rejected() {
        CardSchedule card = scheduler.answer(CardSchedule.newCard(NOW), Rating.GOOD, NOW, "c1");

        assertThatThrownBy(() -> scheduler.answer(card, Rating.GOOD, NOW.minusSeconds(1), "c1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("review time 2026-01-05T08:59:59Z of card c1 is before its last review 2026-01-05T09:00:00Z");
    }

    @Test
    void with_no_learning_steps_every_rating_of_a_new_card_graduates() {
        Scheduler noSteps = new Scheduler(REPLAY.withLearningSteps(List.of()), DayBoundary.UTC);

        Preview preview = noSteps.preview(CardSchedule.newCard(NOW), NOW, "c1");

        assertThat(Rating.values()).extracting(r -> preview.of(r).state()).containsOnly(CardState.REVIEW);
        assertThat(Rating.values()).extracting(r -> preview.of(r).scheduledDays()).containsExactly(1, 1, 2, 8);
    }

    @Test
    void a_step_index_past_the_steps_graduates_even_again() {
        CardSchedule card = new CardSchedule(CardState.LEARNING, 5, 2.3065, 5, NOW, Optional.of(NOW), 0, 1, 0);

        CardSchedule next = scheduler.answer(card, Rating.AGAIN, NOW, "c1");

        assertThat(next.state()).isEqualTo(CardState.REVIEW);
        assertThat(next.step()).isZero();
        assertThat(next.scheduledDays()).isEqualTo(1);
    }

    @Test
    void a_learning_step_of_a_day_or_more_makes_the_card_review_at_that_step() {
        Scheduler longSteps = new Scheduler(REPLAY.withLearningSteps(Steps.parse("1m 36h")), DayBoundary.UTC);

        CardSchedule next = longSteps.answer(CardSchedule.newCard(NOW), Rating.GOOD, NOW, "c1");

        assertThat(next.state()).isEqualTo(CardState.REVIEW);
        assertThat(next.step()).isEqualTo(1);
        assertThat(next.due()).isEqualTo(NOW.plus(Duration.ofHours(36)));
        assertThat(next.scheduledDays()).isEqualTo(1);
    }

    @Test
    void hard_in_learning_uses_the_first_two_steps_at_any_step() {
        Scheduler threeSteps = new Scheduler(REPLAY.withLearningSteps(Steps.parse("2m 20m 1h")), DayBoundary.UTC);
        CardSchedule card = new CardSchedule(CardState.LEARNING, 2, 2.3065, 5, NOW, Optional.of(NOW), 0, 2, 0);

        CardSchedule next = threeSteps.answer(card, Rating.HARD, NOW, "c1");

        assertThat(next.due()).isEqualTo(NOW.plus(Duration.ofMinutes(11)));
        assertThat(next.step()).isEqualTo(2);
    }

    @Test
    void intervals_are_capped_at_a_small_maximum_even_after_ordering() {
        Scheduler capped = new Scheduler(REPLAY.withMaximumIntervalDays(30), DayBoundary.UTC);
        CardSchedule card = reviewCard(100, 5, NOW.minus(Duration.ofDays(100)));

        Preview preview = capped.preview(card, NOW, "c1");

        assertThat(List.of(Rating.HARD, Rating.GOOD, Rating.EASY)).extracting(r -> preview.of(r).scheduledDays())
                .containsOnly(30);
    }

    @Test
    void elapsed_days_follow_the_users_study_days() {
        Scheduler berlin = new Scheduler(REPLAY, DayBoundary.of(ZoneId.of("Europe/Berlin")));
        CardSchedule card = reviewCard(10, 5, Instant.parse("2026-01-05T09:00:00Z"));
        Fsrs6 model = new Fsrs6(Parameters.defaults());

        CardSchedule beforeRollover = berlin.answer(card, Rating.GOOD, Instant.parse("2026-01-06T02:30:00Z"), "c1");
        CardSchedule afterRollover = berlin.answer(card, Rating.GOOD, Instant.parse("2026-01-06T03:30:00Z"), "c1");

        assertThat(beforeRollover.stability()).isEqualTo(model.nextState(new MemoryState(10, 5), 0, Rating.GOOD)
                .stability());
        assertThat(afterRollover.stability()).isEqualTo(model.nextState(new MemoryState(10, 5), 1, Rating.GOOD)
                .stability());
    }

    @Test
    void fuzz_is_the_same_in_preview_and_answer_and_stays_near_the_interval() {
        Scheduler fuzzy = new Scheduler(REPLAY.withFuzz(true), DayBoundary.UTC);
        CardSchedule card = reviewCard(50, 5, NOW.minus(Duration.ofDays(50)));

        Preview preview = fuzzy.preview(card, NOW, "c1");
        CardSchedule answered = fuzzy.answer(card, Rating.GOOD, NOW, "c1");

        int unfuzzed = scheduler.preview(card, NOW, "c1").good().scheduledDays();
        assertThat(answered).isEqualTo(preview.good().card());
        Fuzz.Range range = Fuzz.range(unfuzzed, 50, 36500);
        assertThat(answered.scheduledDays()).isBetween(range.lowest(), range.highest());
    }

    @Test
    void retrievability_of_a_new_card_is_zero() {
        assertThat(scheduler.retrievabilityAt(CardSchedule.newCard(NOW), NOW.plus(Duration.ofDays(3)))).isZero();
    }

    @Test
    void retrievability_counts_whole_24_hour_periods_since_the_last_review() {
        CardSchedule card = reviewCard(1, 5, NOW);

        assertThat(scheduler.retrievabilityAt(card, NOW.plus(Duration.ofHours(23)))).isEqualTo(1.0);
        assertThat(scheduler.retrievabilityAt(card, NOW.plus(Duration.ofHours(24)))).isEqualTo(0.9);
        assertThat(scheduler.retrievabilityAt(card, NOW.plus(Duration.ofHours(71)))).isEqualTo(0.84588465);
        assertThat(scheduler.retrievabilityAt(card, NOW.minus(Duration.ofHours(5)))).isEqualTo(1.0);
    }

    @Test
    void a_new_card_with_memory_is_refused() {
        assertThatThrownBy(() -> new CardSchedule(CardState.NEW, 0, 2, 5, NOW, Optional.empty(), 0, 0, 0))
                .hasMessageContaining("a New card has stability 0, difficulty 0 and no last review");
        assertThatThrownBy(() -> new CardSchedule(CardState.REVIEW, 0, 2, 11, NOW, Optional.of(NOW), 0, 1, 0))
                .hasMessage("difficulty must be in [1, 10], got 11.0");
    }
}
