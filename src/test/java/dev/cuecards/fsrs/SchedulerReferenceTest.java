package dev.cuecards.fsrs;

import static dev.cuecards.fsrs.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec "Reference values" 1, 2, 3, 5 and 6: default weights, retention 0.9, steps 1m 10m, relearning 10m,
 * maximum 36500 days, fuzz off, UTC days.
 */
class SchedulerReferenceTest {

    private final Scheduler scheduler = new Scheduler(SchedulerSettings.replayDefaults(), DayBoundary.UTC);

    /** One row of a trajectory table: rating at a time, then the expected card. */
    private record Row(Rating rating, String time, CardState state, double stability, double difficulty,
            String due, int scheduledDays) {
    }

    private static Instant at(String minuteUtc) {
        return Instant.parse(minuteUtc + ":00Z");
    }

    private CardSchedule replay(String cardId, List<Row> rows) {
        CardSchedule card = CardSchedule.newCard(at(rows.get(0).time()));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            card = scheduler.answer(card, row.rating(), at(row.time()), cardId);
            String what = cardId + " review " + (i + 1) + " (" + row.rating() + " at " + row.time() + ")";
            assertThat(card.state()).as(what + " state").isEqualTo(row.state());
            assertClose(card.stability(), row.stability(), what + " S");
            assertClose(card.difficulty(), row.difficulty(), what + " D");
            assertThat(card.due()).as(what + " due").isEqualTo(at(row.due()));
            assertThat(card.scheduledDays()).as(what + " scheduled days").isEqualTo(row.scheduledDays());
            assertThat(card.reps()).as(what + " reps").isEqualTo(i + 1);
        }
        return card;
    }

    @Test
    void sequence_1_reviewed_on_time_gets_the_reference_scheduled_days() {
        Rating g = Rating.GOOD;
        Rating a = Rating.AGAIN;
        List<Rating> ratings = List.of(g, g, g, g, g, g, a, a, g, g, g, g, g);
        CardSchedule card = CardSchedule.newCard(Instant.parse("2022-11-29T12:30:00Z"));
        List<Integer> scheduledDays = new ArrayList<>();

        for (Rating rating : ratings) {
            card = scheduler.answer(card, rating, card.due(), "sequence-1");
            scheduledDays.add(card.scheduledDays());
        }

        assertThat(scheduledDays).containsExactly(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21);
        assertThat(card.lapses()).isEqualTo(1);
    }

    @Test
    void sequence_2_reaches_the_reference_stability_and_difficulty() {
        Instant start = Instant.parse("2022-11-29T12:30:00Z");
        CardSchedule card = scheduler.answer(CardSchedule.newCard(start), Rating.AGAIN, start, "sequence-2");
        List<Double> stabilities = new ArrayList<>(List.of(card.stability()));
        Instant time = start;

        for (int daysLater : new int[] {0, 1, 3, 8, 21}) {
            time = time.plus(Duration.ofDays(daysLater));
            card = scheduler.answer(card, Rating.GOOD, time, "sequence-2");
            stabilities.add(card.stability());
        }

        assertThat(stabilities.subList(0, 5)).containsExactly(0.212, 0.24668919, 2.02147724, 7.86369875, 21.91771334);
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void first_review_of_a_new_card_matches_the_reference_table() {
        Instant now = at("2026-01-05T09:00");

        Preview preview = scheduler.preview(CardSchedule.newCard(now), now, "first");

        assertOutcome(preview.again(), CardState.LEARNING, 0, 0.212, 6.4133, now.plus(Duration.ofMinutes(1)), 0);
        assertOutcome(preview.hard(), CardState.LEARNING, 0, 1.2931, 5.11217071, now.plus(Duration.ofMinutes(6)), 0);
        assertOutcome(preview.good(), CardState.LEARNING, 1, 2.3065, 2.11810397, now.plus(Duration.ofMinutes(10)), 0);
        assertOutcome(preview.easy(), CardState.REVIEW, 0, 8.2956, 1, now.plus(Duration.ofDays(8)), 8);
    }

    private static void assertOutcome(Outcome outcome, CardState state, int step, double s, double d, Instant due,
            int days) {
        String what = outcome.rating().toString();
        assertThat(outcome.state()).as(what).isEqualTo(state);
        assertThat(outcome.card().step()).as(what + " step").isEqualTo(step);
        assertClose(outcome.card().stability(), s, what + " S");
        assertClose(outcome.card().difficulty(), d, what + " D");
        assertThat(outcome.due()).as(what + " due").isEqualTo(due);
        assertThat(outcome.scheduledDays()).as(what + " days").isEqualTo(days);
    }

    private static final List<Row> CARD_A = List.of(
            new Row(Rating.GOOD, "2026-01-05T09:00", CardState.LEARNING, 2.3065, 2.11810397, "2026-01-05T09:10", 0),
            new Row(Rating.GOOD, "2026-01-05T09:10", CardState.REVIEW, 2.3065, 2.11121424, "2026-01-07T09:10", 2),
            new Row(Rating.GOOD, "2026-01-07T09:15", CardState.REVIEW, 10.97104786, 2.1043314, "2026-01-18T09:15",
                    11),
            new Row(Rating.GOOD, "2026-01-17T08:00", CardState.REVIEW, 43.96600398, 2.09745544, "2026-03-02T08:00",
                    44),
            new Row(Rating.AGAIN, "2026-02-20T20:00", CardState.RELEARNING, 2.79688572, 7.38771571,
                    "2026-02-20T20:10", 0),
            new Row(Rating.GOOD, "2026-02-20T20:12", CardState.REVIEW, 2.79688572, 7.37555636, "2026-02-23T20:12", 3),
            new Row(Rating.GOOD, "2026-02-24T07:30", CardState.REVIEW, 8.67538863, 7.36340917, "2026-03-05T07:30", 9));

    @Test
    void card_a_follows_the_reference_trajectory_through_a_lapse() {
        CardSchedule card = replay("A", CARD_A);

        assertThat(card.lapses()).isEqualTo(1);
    }

    @Test
    void card_b_follows_the_reference_trajectory_from_easy() {
        replay("B", List.of(
                new Row(Rating.EASY, "2026-01-05T09:00", CardState.REVIEW, 8.2956, 1, "2026-01-13T09:00", 8),
                new Row(Rating.HARD, "2026-01-13T10:00", CardState.REVIEW, 26.70418346, 4.01060897,
                        "2026-02-09T10:00", 27),
                new Row(Rating.EASY, "2026-01-30T10:00", CardState.REVIEW, 104.33279858, 1.99446196,
                        "2026-05-14T10:00", 104),
                new Row(Rating.GOOD, "2026-01-31T10:00", CardState.REVIEW, 107.56580863, 1.98769587,
                        "2026-05-19T10:00", 108)));
    }

    @Test
    void card_c_counts_elapsed_days_by_utc_date_while_learning_across_midnight() {
        replay("C", List.of(
                new Row(Rating.AGAIN, "2026-01-05T23:58", CardState.LEARNING, 0.212, 6.4133, "2026-01-05T23:59", 0),
                new Row(Rating.HARD, "2026-01-05T23:59", CardState.LEARNING, 0.212, 7.60420977, "2026-01-06T00:05", 0),
                new Row(Rating.AGAIN, "2026-01-06T00:05", CardState.LEARNING, 0.09983621, 9.19774841,
                        "2026-01-06T00:06", 0),
                new Row(Rating.GOOD, "2026-01-06T00:06", CardState.LEARNING, 0.12207369, 9.18377903,
                        "2026-01-06T00:16", 0),
                new Row(Rating.GOOD, "2026-01-06T00:16", CardState.REVIEW, 0.14730229, 9.16982362,
                        "2026-01-07T00:16", 1),
                new Row(Rating.GOOD, "2026-01-09T12:00", CardState.REVIEW, 0.98498285, 9.15588217,
                        "2026-01-11T12:00", 2)));
    }

    @Test
    void card_d_hard_on_the_second_learning_step_waits_six_minutes_and_keeps_the_step() {
        CardSchedule card = replay("D", List.of(
                new Row(Rating.GOOD, "2026-03-01T08:00", CardState.LEARNING, 2.3065, 2.11810397, "2026-03-01T08:10", 0),
                new Row(Rating.HARD, "2026-03-01T08:10", CardState.LEARNING, 2.3065, 4.75285849, "2026-03-01T08:16", 0),
                new Row(Rating.GOOD, "2026-03-01T08:20", CardState.REVIEW, 2.3065, 4.743334, "2026-03-03T08:20", 2)));

        assertThat(card.step()).isZero();
    }

    @Test
    void card_d_is_at_learning_step_one_after_hard() {
        Instant start = at("2026-03-01T08:00");
        CardSchedule card = scheduler.answer(CardSchedule.newCard(start), Rating.GOOD, start, "D");

        card = scheduler.answer(card, Rating.HARD, at("2026-03-01T08:10"), "D");

        assertThat(card.step()).isEqualTo(1);
    }

    private CardSchedule cardAAfterThreeReviews() {
        return replay("A", CARD_A.subList(0, 3));
    }

    @Test
    void preview_of_card_a_answered_on_time_matches_the_reference() {
        CardSchedule card = cardAAfterThreeReviews();
        Instant now = at("2026-01-18T09:15");

        Preview preview = scheduler.preview(card, now, "A");

        assertThat(preview.again().state()).isEqualTo(CardState.RELEARNING);
        assertClose(preview.again().card().stability(), 1.5390125, "Again S");
        assertThat(preview.again().due()).isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(preview.again().card().lapses()).isEqualTo(1);
        assertReview(preview.hard(), 32, 32.22801722, now);
        assertReview(preview.good(), 46, 46.31685657, now);
        assertReview(preview.easy(), 77, 77.170213, now);
    }

    @Test
    void preview_of_card_a_on_the_same_day_orders_good_after_hard() {
        CardSchedule card = cardAAfterThreeReviews();
        Instant now = at("2026-01-07T18:00");

        Preview preview = scheduler.preview(card, now, "A");

        assertReview(preview.hard(), 11, 10.97104786, now);
        assertReview(preview.good(), 12, 10.97104786, now);
        assertThat(preview.easy().scheduledDays()).isEqualTo(17);
        assertThat(preview.easy().due()).isEqualTo(now.plus(Duration.ofDays(17)));
    }

    private static void assertReview(Outcome outcome, int days, double stability, Instant now) {
        assertThat(outcome.state()).as(outcome.rating() + " state").isEqualTo(CardState.REVIEW);
        assertThat(outcome.scheduledDays()).as(outcome.rating() + " days").isEqualTo(days);
        assertThat(outcome.due()).as(outcome.rating() + " due").isEqualTo(now.plus(Duration.ofDays(days)));
        assertClose(outcome.card().stability(), stability, outcome.rating() + " S");
    }
}
