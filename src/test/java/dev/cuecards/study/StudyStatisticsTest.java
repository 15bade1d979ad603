package dev.cuecards.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.Database;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.TestClock;
import dev.cuecards.store.TestVault;
import dev.cuecards.store.VaultSync;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyStatisticsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(paris("2026-03-10T09:00"), PARIS);
    private Database database;
    private Study study;
    private Iterator<StoredCard> unanswered;

    @BeforeEach
    void syncOneNote() {
        Path notes = folder.resolve("notes");
        TestVault.write(notes, "companies.md", TestVault.numbered("Companies", "bcdefghijkl", "Tech", 12));
        database = Database.open(folder.resolve("cuecards.db"));
        new VaultSync(database, clock).sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);
        study = new Study(database, clock, SchedulerSettings.replayDefaults());
        unanswered = cards().iterator();
    }

    @Test
    void activity_counts_answers_per_study_day_changing_at_0400() {
        answerAt("2026-03-10T03:59", Rating.GOOD);
        answerAt("2026-03-10T04:00", Rating.GOOD);
        answerAt("2026-03-11T03:30", Rating.GOOD);
        answerAt("2026-03-12T04:30", Rating.GOOD);
        clock.set(paris("2026-03-12T10:00"));

        List<DayActivity> activity = study.activity(4);

        assertThat(activity).containsExactly(
                new DayActivity(LocalDate.parse("2026-03-09"), 1),
                new DayActivity(LocalDate.parse("2026-03-10"), 2),
                new DayActivity(LocalDate.parse("2026-03-11"), 0),
                new DayActivity(LocalDate.parse("2026-03-12"), 1));
        assertThat(study.activity(1)).containsExactly(new DayActivity(LocalDate.parse("2026-03-12"), 1));
        assertThatThrownBy(() -> study.activity(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    }

    @Test
    void the_streak_counts_days_with_answers_back_to_the_first_gap_and_waits_for_today_until_it_is_over() {
        answerAt("2026-03-05T20:00", Rating.GOOD);
        answerAt("2026-03-06T20:00", Rating.GOOD);
        answerAt("2026-03-08T20:00", Rating.GOOD);
        answerAt("2026-03-09T08:00", Rating.GOOD);
        answerAt("2026-03-11T02:00", Rating.GOOD);
        clock.set(paris("2026-03-11T10:00"));

        int beforeAnsweringToday = study.streak();
        answerAt("2026-03-11T11:00", Rating.AGAIN);
        int afterAnsweringToday = study.streak();
        clock.set(paris("2026-03-13T10:00"));
        int afterSkippingADay = study.streak();

        assertThat(beforeAnsweringToday).isEqualTo(3);
        assertThat(afterAnsweringToday).isEqualTo(4);
        assertThat(afterSkippingADay).isZero();
    }

    @Test
    void today_summary_counts_todays_answers_their_time_the_again_share_and_the_cards_due_by_tomorrow_night() {
        schedule(unanswered.next(), paris("2026-03-08T09:00"));
        schedule(unanswered.next(), paris("2026-03-12T03:59"));
        schedule(unanswered.next(), paris("2026-03-12T04:00"));
        study.suspend(schedule(unanswered.next(), paris("2026-03-10T12:00")).id());
        study.flag(schedule(unanswered.next(), paris("2026-03-10T12:00")).id());
        StoredCard retired = schedule(unanswered.next(), paris("2026-03-10T12:00"));
        database.write(connection -> {
            new CardRepository(connection).retire(retired.id(), clock.instant());
            return null;
        });
        answerAt("2026-03-10T03:00", Rating.AGAIN, Duration.ofSeconds(50));
        DaySummary beforeStudying = summaryAt("2026-03-10T09:00");

        answerAt("2026-03-10T09:00", Rating.AGAIN, Duration.ofSeconds(20));
        answerAt("2026-03-10T09:01", Rating.GOOD, Duration.ofSeconds(10));
        answerAt("2026-03-10T09:02", Rating.EASY, Duration.ofSeconds(30));
        DaySummary afterStudying = summaryAt("2026-03-10T09:05");

        // Due by tomorrow night: the overdue card, the one due at 03:59 and yesterday's Again, still in its steps.
        assertThat(beforeStudying).isEqualTo(new DaySummary(0, Duration.ZERO, 0, 3));
        assertThat(afterStudying.studied()).isEqualTo(3);
        assertThat(afterStudying.timeSpent()).isEqualTo(Duration.ofMinutes(1));
        assertThat(afterStudying.againRate()).isCloseTo(1.0 / 3, within(1e-9));
        // Today's Again and Good are in their steps; the Easy card graduated to an interval of days.
        assertThat(afterStudying.dueTomorrow()).isEqualTo(5);
    }

    private DaySummary summaryAt(String parisTime) {
        clock.set(paris(parisTime));
        return study.todaySummary();
    }

    private void answerAt(String parisTime, Rating rating) {
        answerAt(parisTime, rating, Duration.ofSeconds(10));
    }

    private void answerAt(String parisTime, Rating rating, Duration timeSpent) {
        clock.set(paris(parisTime));
        study.answer(unanswered.next().id(), rating, 0, timeSpent);
    }

    /** Puts the card in Review, due at {@code due} after an interval of five days. */
    private StoredCard schedule(StoredCard card, Instant due) {
        Instant last = due.minus(Duration.ofDays(5));
        CardSchedule schedule = new CardSchedule(CardState.REVIEW, 0, 5, 5, due, Optional.of(last), 5, 1, 0);
        database.write(connection -> new CardRepository(connection).saveSchedule(card.id(), 0, schedule, last));
        return study.card(card.id());
    }

    private List<StoredCard> cards() {
        return database.read(connection -> new CardRepository(connection).ofNote(new NoteId("companies")));
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }
}
