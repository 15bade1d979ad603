package dev.cuecards.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cuecards.cards.CardId;
import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.Database;
import dev.cuecards.store.ReviewLogEntry;
import dev.cuecards.store.ReviewLogRepository;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final NoteId COMPANIES = new NoteId("companies");
    private static final NoteId DATABASES = new NoteId("databases");
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(paris("2026-03-10T09:00"), PARIS);
    private Database database;
    private Study study;
    private Path notes;

    @BeforeEach
    void syncTwoNotes() {
        notes = folder.resolve("notes");
        TestVault.write(notes, "companies.md", TestVault.numbered("Companies", "bcdefghijkl", "Tech", 12));
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        database = Database.open(folder.resolve("cuecards.db"));
        new VaultSync(database, clock).sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);
        study = new Study(database, clock, SchedulerSettings.replayDefaults());
    }

    @Test
    void new_cards_come_in_note_order_one_per_claim_up_to_the_daily_limit() {
        limits(5, 200);

        Queue queue = study.queue(CardScope.ALL);

        assertThat(queue.newCards()).extracting(QueueEntry::note).containsOnly(COMPANIES);
        assertThat(queue.newCards()).extracting(QueueEntry::claimIndex).containsExactly(0, 1, 2, 3, 4);
        assertThat(queue.remaining()).isEqualTo(new Remaining(5, 0, 0));
    }

    @Test
    void the_new_card_limit_counts_what_was_studied_today() {
        limits(3, 200);

        answerNext(Rating.GOOD);
        answerNext(Rating.EASY);

        assertThat(study.queue(CardScope.ALL).newCards()).hasSize(1);
    }

    @Test
    void undoing_yesterdays_answer_gives_today_no_extra_new_card() {
        limits(2, 200);
        answerNext(Rating.GOOD);
        clock.set(paris("2026-03-11T04:00"));
        assertThat(study.queue(CardScope.ALL).newCards()).hasSize(2);

        assertThat(study.undo()).isPresent();

        Queue kept = study.queue(CardScope.ALL);
        assertThat(kept.newCards()).hasSize(2);
        assertThat(kept).isEqualTo(new Study(database, clock, SchedulerSettings.defaults()).queue(CardScope.ALL));
    }

    @Test
    void an_answer_at_0359_counts_for_the_previous_study_day() {
        limits(1, 200);
        clock.set(paris("2026-03-11T03:59"));

        answerNext(Rating.EASY);
        clock.set(paris("2026-03-11T03:59:30"));
        Queue beforeRollover = study.queue(CardScope.ALL);
        clock.set(paris("2026-03-11T04:00"));
        Queue afterRollover = study.queue(CardScope.ALL);

        assertThat(beforeRollover.day().date()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(beforeRollover.newCards()).isEmpty();
        assertThat(afterRollover.day().date()).isEqualTo(LocalDate.parse("2026-03-11"));
        assertThat(afterRollover.newCards()).hasSize(1);
    }

    @Test
    void reviews_due_before_the_rollover_are_due_today_lowest_retrievability_first() {
        limits(0, 200);
        List<StoredCard> cards = cardsOf(COMPANIES);
        // Due first is not least likely recalled: a one-day card two days on is weaker than a month's card 5 days late
        // (each reckoned at the day's start, 04:00).
        review(cards.get(0), paris("2026-03-07T09:00"), paris("2026-03-08T09:00"));
        review(cards.get(2), paris("2026-02-01T09:00"), paris("2026-03-05T09:00"));
        review(cards.get(4), paris("2026-03-03T09:00"), paris("2026-03-11T03:30"));
        review(cards.get(6), paris("2026-03-03T09:00"), paris("2026-03-11T04:30"));

        Queue queue = study.queue(CardScope.ALL);

        assertThat(queue.reviews()).extracting(QueueEntry::id)
                .containsExactly(cards.get(0).id(), cards.get(2).id(), cards.get(4).id());
    }

    @Test
    void the_review_limit_counts_reviews_done_today() {
        limits(0, 2);
        List<StoredCard> cards = cardsOf(COMPANIES);
        for (int i = 0; i < 6; i += 2) {
            review(cards.get(i), paris("2026-03-01T09:00"), paris("2026-03-09T09:00"));
        }
        assertThat(study.queue(CardScope.ALL).reviews()).hasSize(2);

        answerNext(Rating.GOOD);

        assertThat(study.queue(CardScope.ALL).reviews()).hasSize(1);
    }

    @Test
    void a_learning_card_comes_first_once_its_step_is_due() {
        limits(20, 200);
        StoredCard first = study.next(CardScope.ALL).orElseThrow().card();
        study.answer(first.id(), Rating.GOOD, 0, TEN_SECONDS);

        clock.advance(Duration.ofMinutes(9));
        Queue early = study.queue(CardScope.ALL);
        clock.advance(Duration.ofMinutes(1));
        Queue due = study.queue(CardScope.ALL);

        assertThat(early.learning()).isEmpty();
        assertThat(early.cards()).extracting(QueueEntry::id).doesNotContain(first.id());
        assertThat(due.learning()).extracting(QueueEntry::id).containsExactly(first.id());
        assertThat(due.next().orElseThrow().id()).isEqualTo(first.id());
        assertThat(due.learning().get(0).schedule().state()).isEqualTo(CardState.LEARNING);
    }

    @Test
    void a_sibling_of_an_answered_card_waits_until_the_next_study_day() {
        limits(20, 200);
        List<StoredCard> cards = cardsOf(COMPANIES);
        StoredCard cloze = cards.get(0);
        StoredCard choice = cards.get(1);
        assertThat(choice.isSiblingOf(cloze)).isTrue();

        study.answer(cloze.id(), Rating.EASY, 0, TEN_SECONDS);
        Queue today = study.queue(CardScope.ALL);
        clock.set(paris("2026-03-11T04:00"));
        Queue tomorrow = study.queue(CardScope.ALL);

        assertThat(study.card(choice.id()).buriedUntil()).contains(paris("2026-03-11T04:00"));
        assertThat(today.cards()).extracting(QueueEntry::id).doesNotContain(choice.id());
        assertThat(tomorrow.newCards().get(0).id()).isEqualTo(choice.id());
    }

    @Test
    void undoing_an_answer_brings_back_the_siblings_it_buried_but_not_those_the_user_buried() {
        limits(20, 200);
        List<StoredCard> cards = cardsOf(COMPANIES);
        StoredCard cloze = cards.get(0);
        StoredCard choice = cards.get(1);
        study.answer(cloze.id(), Rating.GOOD, 0, TEN_SECONDS);

        study.undo();

        assertThat(study.card(choice.id()).buriedUntil()).isEmpty();
        study.bury(choice.id());
        study.answer(cloze.id(), Rating.GOOD, 0, TEN_SECONDS);
        study.undo();
        assertThat(study.card(choice.id()).buriedUntil()).isPresent();
    }

    @Test
    void a_double_answer_with_the_same_review_count_records_one_review() {
        StoredCard card = study.next(CardScope.ALL).orElseThrow().card();

        Answered first = study.answer(card.id(), Rating.GOOD, 0, TEN_SECONDS);
        assertThatThrownBy(() -> study.answer(card.id(), Rating.GOOD, 0, TEN_SECONDS))
                .isInstanceOf(StaleAnswerException.class).hasMessageContaining("already recorded");

        assertThat(first.card().schedule().reps()).isEqualTo(1);
        assertThat(log(card.id())).hasSize(1);
        assertThat(study.card(card.id()).schedule()).isEqualTo(first.card().schedule());
    }

    @Test
    void undo_restores_exactly_the_prior_state_and_removes_the_review() {
        StoredCard card = study.next(CardScope.ALL).orElseThrow().card();
        study.answer(card.id(), Rating.GOOD, 0, TEN_SECONDS);
        clock.advance(Duration.ofMinutes(10));
        StoredCard learning = study.card(card.id());
        study.answer(card.id(), Rating.AGAIN, 1, TEN_SECONDS);

        Optional<StoredCard> undone = study.undo();

        assertThat(undone).contains(learning);
        assertThat(study.card(card.id())).isEqualTo(learning);
        assertThat(log(card.id())).hasSize(1);
        assertThat(study.undo()).contains(card);
        assertThat(log(card.id())).isEmpty();
        assertThat(study.undo()).isEmpty();
    }

    @Test
    void an_answer_is_not_undone_once_the_card_has_changed_since() {
        StoredCard card = study.next(CardScope.ALL).orElseThrow().card();
        study.answer(card.id(), Rating.GOOD, 0, TEN_SECONDS);
        study.resetToNew(card.id());

        assertThat(study.undo()).isEmpty();
        assertThat(log(card.id())).hasSize(1);
    }

    @Test
    void reset_makes_a_card_new_and_keeps_its_history_and_counts() {
        StoredCard card = study.next(CardScope.ALL).orElseThrow().card();
        study.answer(card.id(), Rating.EASY, 0, TEN_SECONDS);
        clock.advance(Duration.ofMinutes(1));

        study.resetToNew(card.id());

        CardSchedule reset = study.card(card.id()).schedule();
        assertThat(reset.state()).isEqualTo(CardState.NEW);
        assertThat(reset.due()).isEqualTo(clock.instant());
        assertThat(reset.lastReview()).isEmpty();
        assertThat(reset.reps()).isEqualTo(1);
        assertThat(log(card.id())).hasSize(1);
        assertThatThrownBy(() -> study.answer(card.id(), Rating.GOOD, 0, TEN_SECONDS)).isInstanceOf(StaleAnswerException.class);
    }

    @Test
    void bury_suspend_and_flag_take_a_card_out_of_the_queue_until_undone() {
        limits(20, 200);
        CardId buried = cardsOf(COMPANIES).get(0).id();
        CardId suspended = cardsOf(COMPANIES).get(2).id();
        CardId flagged = cardsOf(COMPANIES).get(4).id();

        study.bury(buried);
        study.suspend(suspended);
        study.flag(flagged);

        assertThat(queued()).doesNotContain(buried, suspended, flagged);
        assertThat(new Videos(database).flagged(10).cards()).extracting(StoredCard::id).containsExactly(flagged);
        study.unsuspend(suspended);
        study.unflag(flagged);
        assertThat(queued()).contains(suspended, flagged).doesNotContain(buried);
        assertThat(new Videos(database).flagged(10).total()).isZero();
        clock.set(paris("2026-03-11T04:00"));
        assertThat(queued()).contains(buried);
    }

    @Test
    void the_scope_limits_the_queue_to_a_channel_a_note_or_a_section() {
        limits(100, 200);

        List<QueueEntry> channel = study.queue(new CardScope.Channel("HUSSEIN")).newCards();
        List<QueueEntry> note = study.queue(new CardScope.Note(COMPANIES)).newCards();
        List<QueueEntry> section = study.queue(new CardScope.Section(COMPANIES, "Part 2")).newCards();

        assertThat(channel).extracting(QueueEntry::note).containsOnly(DATABASES);
        assertThat(channel).hasSize(3);
        assertThat(note).extracting(QueueEntry::note).containsOnly(COMPANIES);
        assertThat(note).hasSize(12);
        assertThat(section).extracting(QueueEntry::claimIndex).containsExactly(5, 6, 7, 8, 9);
        assertThat(CardScope.parse(new CardScope.Section(COMPANIES, "Part 2").text())).isEqualTo(new CardScope.Section(COMPANIES, "Part 2"));
    }

    @Test
    void settings_are_kept_in_the_database() {
        study.saveSettings(new StudySettings(7, 70, 5, 0.9, List.of(), List.of()));

        StudySettings reopened = new Study(Database.open(folder.resolve("cuecards.db")), clock, SchedulerSettings.defaults()).settings();

        assertThat(reopened).isEqualTo(new StudySettings(7, 70, 5, 0.9, List.of(), List.of()));
        assertThat(study.today().start()).isEqualTo(paris("2026-03-10T05:00"));
    }

    @Test
    void answered_cards_keep_their_state_and_log_through_a_rewording_a_removal_and_a_return() {
        CardId postgres = new CardId(TestVault.REPLICATION_CARD);
        CardId dynamo = new CardId(TestVault.DYNAMO_CARD);
        study.answer(postgres, Rating.GOOD, 0, TEN_SECONDS);
        study.answer(dynamo, Rating.EASY, 0, TEN_SECONDS);
        StoredCard answered = study.card(postgres);
        VaultSync sync = new VaultSync(database, clock);

        TestVault.write(notes, "databases.md", TestVault.DATABASES.replace("ships", "offers").replace(TestVault.CASSANDRA_SENTENCE, ""));
        sync.sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);
        StoredCard reworded = study.card(postgres);
        boolean retired = study.card(dynamo).retired();
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync.sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);

        assertThat(reworded.draft().front()).startsWith("[...] offers streaming replication");
        assertThat(reworded.schedule()).isEqualTo(answered.schedule());
        assertThat(log(postgres)).hasSize(1);
        assertThat(retired).isTrue();
        assertThat(study.card(dynamo).retired()).isFalse();
        assertThat(study.card(dynamo).schedule().state()).isEqualTo(CardState.REVIEW);
        assertThat(log(dynamo)).hasSize(1);
        assertThat(study.queue(CardScope.ALL).cards()).extracting(QueueEntry::id).doesNotContain(dynamo);
    }

    @Test
    void an_unknown_card_is_reported_by_id() {
        assertThatThrownBy(() -> study.answer(new CardId("c-none"), Rating.GOOD, 0, TEN_SECONDS))
                .isInstanceOf(UnknownCardException.class).hasMessageContaining("c-none");
        assertThatThrownBy(() -> study.bury(new CardId("c-none"))).isInstanceOf(UnknownCardException.class);
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private void limits(int newCards, int reviews) {
        StudySettings defaults = StudySettings.DEFAULTS;
        study.saveSettings(new StudySettings(newCards, reviews, 4, defaults.desiredRetention(), defaults.learningSteps(),
                defaults.relearningSteps()));
    }

    private Answered answerNext(Rating rating) {
        StoredCard card = study.next(CardScope.ALL).orElseThrow().card();
        clock.advance(Duration.ofSeconds(1));
        return study.answer(card.id(), rating, card.schedule().reps(), TEN_SECONDS);
    }

    private List<CardId> queued() {
        return study.queue(CardScope.ALL).cards().map(QueueEntry::id).toList();
    }

    private List<StoredCard> cardsOf(NoteId note) {
        return database.read(connection -> new CardRepository(connection).ofNote(note));
    }

    private List<ReviewLogEntry> log(CardId card) {
        return database.read(connection -> new ReviewLogRepository(connection).ofCard(card));
    }

    /** Puts the card in Review as if last reviewed at {@code last} and scheduled for {@code due}. */
    private void review(StoredCard card, Instant last, Instant due) {
        int days = (int) Duration.between(last, due).toDays();
        CardSchedule schedule = new CardSchedule(CardState.REVIEW, 0, Math.max(1, days), 5, due, Optional.of(last), days, 1, 0);
        database.write(connection -> new CardRepository(connection).saveSchedule(card.id(), 0, schedule, last));
    }
}
