package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.store.Backups;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.CollectionCheck;
import dev.cuecards.store.Database;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.TestVault;
import dev.cuecards.study.Study;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A backup a day, the newest few kept; a restore that checks, keeps what it replaces and waits for the server to stop. */
class BackupRestoreTest {

    @TempDir
    Path folder;
    private Path notes;
    private Path db;

    @BeforeEach
    void generated() throws Exception {
        notes = folder.resolve("notes");
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        db = folder.resolve("data/cuecards.db");
        assertThat(CommandLineRun.of("generate", "--notes", notes.toString(), "--db", db.toString()).exitCode()).isZero();
    }

    private void answer(int count) {
        try (Database database = Database.open(db)) {
            Study study = new Study(database, Clock.systemUTC(), SchedulerSettings.defaults());
            List<CardId> cards = database.read(c -> new CardRepository(c).active()).stream().map(StoredCard::id).toList();
            for (int i = 0; i < count; i++) {
                CardId card = cards.get(i % cards.size());
                study.answer(card, Rating.GOOD, study.card(card).schedule().reps(), Duration.ofSeconds(2));
            }
        }
    }

    private long answers(Path file) {
        try (Database database = Database.existing(file)) {
            return CollectionCheck.of(database).entries();
        }
    }

    @Test
    void one_backup_a_day_and_only_the_newest_kept() {
        try (Database database = Database.open(db)) {
            Backups.setKeptCount(database, 3);
            LocalDate day = LocalDate.of(2026, 12, 1);
            for (int i = 0; i < 5; i++) {
                assertThat(Backups.daily(database, day.plusDays(i))).as("day %d", i).isPresent();
                assertThat(Backups.daily(database, day.plusDays(i))).as("again on day %d", i).isEmpty();
            }
            assertThat(Backups.list(db)).extracting(p -> p.getFileName().toString())
                    .containsExactly("cuecards-2026-12-03.db", "cuecards-2026-12-04.db", "cuecards-2026-12-05.db");
            assertThat(answers(Backups.list(db).get(0))).isZero();

            Backups.setKeptCount(database, 0);
            assertThat(Backups.daily(database, day.plusDays(9))).isEmpty();
            assertThat(Backups.list(db)).hasSize(3);
        }
    }

    @Test
    void serving_backs_up_on_its_first_start_of_the_day() throws Exception {
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        new CommandLine(serve).setOut(new PrintWriter(out, true)).parseArgs("--notes", notes.toString(), "--db", db.toString(), "--port", "0");
        ServeCommand.Serving serving = serve.start();
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + serving.app().port() + "/")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            serving.syncing().join(20_000);
        } finally {
            serving.stop();
        }
        assertThat(out.toString()).contains("backed up the database to", "cuecards-" + LocalDate.now());
        assertThat(Backups.list(db)).hasSize(1);
    }

    @Test
    void a_restore_waits_for_the_server_to_stop_then_puts_the_backup_back_and_keeps_what_it_replaced() throws Exception {
        answer(3);
        Path backup = folder.resolve("kept.db");
        assertThat(CommandLineRun.of("backup", "--db", db.toString(), "--to", backup.toString()).exitCode()).isZero();
        answer(4);
        assertThat(answers(db)).isEqualTo(7);

        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).setOut(new PrintWriter(new StringWriter(), true))
                .parseArgs("--notes", notes.toString(), "--db", db.toString(), "--port", "0");
        ServeCommand.Serving serving = serve.start();
        CommandLineRun whileServing;
        try {
            whileServing = CommandLineRun.of("restore", backup.toString(), "--db", db.toString());
        } finally {
            serving.syncing().join(20_000);
            serving.stop();
        }
        assertThat(whileServing.exitCode()).isEqualTo(1);
        assertThat(whileServing.err()).contains("serving", "Nothing changed");
        assertThat(answers(db)).isEqualTo(7);

        CommandLineRun restored = CommandLineRun.of("restore", backup.toString(), "--db", db.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("restored", "3 answers", "it replaced", "7 answers", "kept as");
        assertThat(answers(db)).isEqualTo(3);
        Path replaced = Path.of(restored.out().replaceAll("(?s).*kept as (\\S+).*", "$1"));
        assertThat(answers(replaced)).isEqualTo(7);
        assertThat(CommandLineRun.of("check", "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void a_damaged_or_foreign_backup_is_refused_and_nothing_changes() throws Exception {
        answer(2);
        Path foreign = Files.writeString(folder.resolve("notes.db"), "not a database at all, only text ".repeat(200));

        CommandLineRun run = CommandLineRun.of("restore", foreign.toString(), "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot be read as a Cuecards database", "Nothing changed");
        assertThat(answers(db)).isEqualTo(2);
        assertThat(CommandLineRun.of("restore", folder.resolve("none.db").toString(), "--db", db.toString()).exitCode()).isEqualTo(2);
    }
}
