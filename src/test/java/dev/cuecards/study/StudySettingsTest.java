package dev.cuecards.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudySettingsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> FIELDS = List.of("newCardsPerDay", "maxReviewsPerDay", "rolloverHour",
            "desiredRetention", "learningSteps", "relearningSteps");
    private static final List<String> GOOD_FORM = List.of("15", "150", "5", "0.85", "2m 15m 1h", "5m 1d");
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(paris("2026-03-10T09:00"), PARIS);
    private Database database;
    private Study study;

    @BeforeEach
    void syncOneNote() {
        Path notes = folder.resolve("notes");
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        database = Database.open(folder.resolve("cuecards.db"));
        new VaultSync(database, clock).sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);
        study = new Study(database, clock, SchedulerSettings.replayDefaults());
    }

    @Test
    void settings_typed_in_the_form_are_kept_in_the_database() {
        StudySettings typed = StudySettings.parse(" 15 ", "150", "5", "0.85", "2m, 15m 1h", "5m 1d");
        StudySettings untouched = study.settings();

        study.saveSettings(typed);
        StudySettings reopened = new Study(Database.open(database.file()), clock, SchedulerSettings.defaults()).settings();

        assertThat(untouched).isEqualTo(StudySettings.DEFAULTS);
        assertThat(typed).isEqualTo(new StudySettings(15, 150, 5, 0.85,
                List.of(Duration.ofMinutes(2), Duration.ofMinutes(15), Duration.ofHours(1)),
                List.of(Duration.ofMinutes(5), Duration.ofDays(1))));
        assertThat(reopened).isEqualTo(typed);
    }

    @Test
    void blank_relearning_steps_mean_none() {
        StudySettings typed = StudySettings.parse("20", "200", "4", "0.9", "1m 10m", "  ");

        study.saveSettings(typed);

        assertThat(study.settings().relearningSteps()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "newCardsPerDay   | abc         | New cards per day must be a whole number from 0 to 9999, got 'abc'.",
        "newCardsPerDay   | -1          | New cards per day must be a whole number from 0 to 9999, got '-1'.",
        "maxReviewsPerDay | 100000      | Maximum reviews per day must be a whole number from 0 to 99999, got '100000'.",
        "rolloverHour     | 24          | Rollover hour must be a whole number from 0 to 23, got '24'.",
        "desiredRetention | 0.5         | Desired retention must be a number from 0.70 to 0.99, such as 0.9, got '0.5'.",
        "desiredRetention | 90%         | Desired retention must be a number from 0.70 to 0.99, such as 0.9, got '90%'.",
        "learningSteps    | 1m 10x      | Learning steps: a step must be a whole number followed by m, h or d (like 10m, 1h, 2d), got '10x'.",
        "relearningSteps  | 0m          | Relearning steps: a step must be between 1m and 36500d, got '0m'.",
        "relearningSteps  | 1m 2m 3m 4m 5m 6m 7m 8m 9m 10m 11m | Relearning steps can be at most 10 waits, got 11.",
    })
    void a_wrong_field_is_named_with_what_it_takes_and_what_it_got(String field, String value, String message) {
        List<String> form = new ArrayList<>(GOOD_FORM);
        form.set(FIELDS.indexOf(field), value);

        InvalidSetting refused = catchThrowableOfType(InvalidSetting.class, () -> parse(form));

        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused).hasMessage(message);
    }

    @Test
    void the_first_wrong_field_is_the_one_reported_and_a_missing_one_is_wrong() {
        List<String> form = new ArrayList<>(Collections.nCopies(6, "x"));
        form.set(0, "20");
        form.set(1, null);

        InvalidSetting refused = catchThrowableOfType(InvalidSetting.class, () -> parse(form));

        assertThat(refused.field()).isEqualTo("maxReviewsPerDay");
        assertThat(refused).hasMessage("Maximum reviews per day was not filled in.");
    }

    @Test
    void settings_out_of_range_cannot_be_made_in_code_either() {
        List<Duration> steps = List.of(Duration.ofMinutes(1));

        assertThatThrownBy(() -> new StudySettings(20, 200, 4, 0.5, steps, steps))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("desired retention must be 0.70..0.99, got 0.5");
        assertThatThrownBy(() -> new StudySettings(20, 200, 4, 0.9, steps, Collections.nCopies(11, Duration.ofMinutes(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("relearning steps must be at most 10 steps, got 11");
        assertThatThrownBy(() -> new StudySettings(20, 200, 4, 0.9, List.of(Duration.ofSeconds(30)), steps))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("learning steps: a step must be");
    }

    @Test
    void a_new_card_waits_the_learning_steps_and_a_lapse_the_relearning_steps_of_the_settings() {
        save(0.9, "5m 30m", "20m");
        StoredCard card = cards().get(0);

        StoredCard learning = study.answer(card.id(), Rating.GOOD, 0, TEN_SECONDS).card();
        StoredCard review = putInReview(cards().get(2), 10);
        StoredCard relearning = study.answer(review.id(), Rating.AGAIN, review.schedule().reps(), TEN_SECONDS).card();

        assertThat(learning.schedule().state()).isEqualTo(CardState.LEARNING);
        assertThat(learning.schedule().due()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(relearning.schedule().state()).isEqualTo(CardState.RELEARNING);
        assertThat(relearning.schedule().due()).isEqualTo(clock.instant().plus(Duration.ofMinutes(20)));
    }

    @Test
    void a_lower_desired_retention_lengthens_review_intervals() {
        StoredCard card = putInReview(cards().get(0), 10);
        int atDefault = study.preview(card).of(Rating.GOOD).card().scheduledDays();

        save(0.75, "1m 10m", "10m");
        int atLower = study.preview(card).of(Rating.GOOD).card().scheduledDays();
        StoredCard answered = study.answer(card.id(), Rating.GOOD, card.schedule().reps(), TEN_SECONDS).card();

        assertThat(atLower).isGreaterThan(atDefault + 10);
        assertThat(answered.schedule().scheduledDays()).isEqualTo(atLower);
    }

    private static StudySettings parse(List<String> form) {
        return StudySettings.parse(form.get(0), form.get(1), form.get(2), form.get(3), form.get(4), form.get(5));
    }

    private void save(double retention, String learningSteps, String relearningSteps) {
        study.saveSettings(StudySettings.parse("20", "200", "4", String.valueOf(retention), learningSteps, relearningSteps));
    }

    private List<StoredCard> cards() {
        return database.read(connection -> new CardRepository(connection).ofNote(new NoteId("databases")));
    }

    /** Puts the card in Review, last reviewed {@code days} ago and due now, with stability {@code days}. */
    private StoredCard putInReview(StoredCard card, int days) {
        Instant last = clock.instant().minus(Duration.ofDays(days));
        CardSchedule schedule = new CardSchedule(CardState.REVIEW, 0, days, 5, clock.instant(), Optional.of(last), days, 1, 0);
        database.write(connection -> new CardRepository(connection).saveSchedule(card.id(), 0, schedule, last));
        return study.card(card.id());
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }
}
