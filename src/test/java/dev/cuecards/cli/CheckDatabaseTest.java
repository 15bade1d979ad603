package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.Database;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.TestClock;
import dev.cuecards.store.TestVault;
import dev.cuecards.study.Study;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cuecards check --db}: a database answered, undone and reset is intact; each kind of damage is named. */
class CheckDatabaseTest {

    @TempDir
    Path folder;
    private Path db;
    private List<CardId> cards;

    @BeforeEach
    void studied() throws Exception {
        Path notes = folder.resolve("notes");
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        TestVault.write(notes, "companies.md", TestVault.numbered("Companies", "bcdefghijkl", "Tech", 12));
        db = folder.resolve("cuecards.db");
        assertThat(CommandLineRun.of("generate", "--notes", notes.toString(), "--db", db.toString()).exitCode()).isZero();
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
        try (Database database = Database.open(db)) {
            Study study = new Study(database, clock, SchedulerSettings.defaults());
            cards = database.read(c -> new CardRepository(c).active()).stream().map(StoredCard::id).toList();
            for (int round = 0; round < 4; round++) {
                for (CardId card : cards.subList(0, 4)) {
                    study.answer(card, round == 1 ? Rating.AGAIN : Rating.GOOD, study.card(card).schedule().reps(), Duration.ofSeconds(3));
                    clock.advance(Duration.ofMinutes(15));
                }
                clock.advance(Duration.ofDays(3));
            }
            study.undo();
            study.resetToNew(cards.get(1));
            study.answer(cards.get(1), Rating.EASY, study.card(cards.get(1)).schedule().reps(), Duration.ofSeconds(2));
        }
    }

    private void damage(String sql) throws Exception {
        try (Database database = Database.existing(db); java.sql.Connection connection = database.connect();
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute(sql);
        }
    }

    @Test
    void a_database_answered_undone_and_reset_is_intact() {
        CommandLineRun run = CommandLineRun.of("check", "--db", db.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("answers in the review log", "intact");
    }

    @Test
    void a_card_moved_outside_its_log_is_named_with_its_id() throws Exception {
        damage("UPDATE cards SET stability = stability * 2 WHERE id = '" + cards.get(0).value() + "'");

        CommandLineRun run = CommandLineRun.of("check", "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("DAMAGED: 1 problem", "not where its last answer left it: 1", cards.get(0).value());
    }

    @Test
    void a_reviewed_card_without_its_log_and_an_answer_of_a_missing_card_are_named() throws Exception {
        damage("DELETE FROM review_log WHERE card_id = '" + cards.get(2).value() + "'");
        damage("INSERT INTO review_log SELECT NULL, 'no-such-card', rating, reviewed_at, duration_ms, state_before, step_before, "
                + "stability_before, difficulty_before, due_before, last_review_before, scheduled_days_before, reps_before, lapses_before, "
                + "state_after, step_after, stability_after, difficulty_after, due_after, scheduled_days_after, lapses_after "
                + "FROM review_log WHERE card_id = '" + cards.get(3).value() + "' LIMIT 1");

        CommandLineRun run = CommandLineRun.of("check", "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("a reviewed card without reviews in the log: 1", cards.get(2).value(),
                "a review of a card that does not exist: 1", "no-such-card");
    }

    @Test
    void an_answer_that_does_not_follow_the_one_before_is_named() throws Exception {
        damage("DROP TRIGGER review_log_is_append_only");
        damage("UPDATE review_log SET stability_before = 99 WHERE id = (SELECT max(id) FROM review_log WHERE card_id = '"
                + cards.get(0).value() + "')");

        CommandLineRun run = CommandLineRun.of("check", "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("does not start where the card's previous answer left it: 1");
    }

    @Test
    void a_file_damaged_on_disk_is_reported_as_damaged_not_as_a_crash() throws Exception {
        try (Database database = Database.existing(db); java.sql.Connection connection = database.connect();
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            for (long at = 4096 * 2; at < file.length(); at += 4096 * 3) {
                file.seek(at + 100);
                file.write(new byte[600]);
            }
        }

        CommandLineRun run = CommandLineRun.of("check", "--db", db.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out() + run.err()).containsAnyOf("DAMAGED", "cannot be read");
        assertThat(run.err()).doesNotContain("at dev.cuecards");
    }

    @Test
    void a_missing_database_exits_2_with_its_name() {
        CommandLineRun run = CommandLineRun.of("check", "--db", folder.resolve("none.db").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.db", "does not exist");
    }
}
