package dev.cuecards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void opening_creates_the_file_and_its_folders_at_the_latest_schema() {
        Path file = folder.resolve("a/b/cuecards.db");

        Database database = Database.open(file);

        assertThat(file).exists();
        assertThat(database.schemaVersion()).isEqualTo(Migrations.SCRIPTS.size()).isEqualTo(4);
    }

    @Test
    void connections_use_wal_foreign_keys_and_a_busy_timeout() throws SQLException {
        Database database = Database.open(folder.resolve("cuecards.db"));

        try (Connection connection = database.connect()) {
            assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(connection, "busy_timeout")).isEqualTo(String.valueOf(Database.BUSY_TIMEOUT_MILLIS));
            assertThat(pragma(connection, "synchronous")).isEqualTo("2");
        }
    }

    @Test
    void every_schema_script_in_the_resources_is_listed_in_order() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/db"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }

        assertThat(Migrations.SCRIPTS).isEqualTo(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).startsWith(String.format("%03d-", i + 1));
        }
    }

    @Test
    void a_database_made_by_schema_1_upgrades_when_opened_and_keeps_its_rows() throws SQLException {
        Path file = folder.resolve("old.db");
        Database old = Database.openAt(file);
        old.write(connection -> Migrations.migrateTo(connection, 1));
        old.write(DatabaseTest::insertOneReview);
        assertThat(old.schemaVersion()).isEqualTo(1);

        Database upgraded = Database.open(file);

        assertThat(upgraded.schemaVersion()).isEqualTo(4);
        upgraded.read(connection -> {
            StoredCard card = new CardRepository(connection).find(new dev.cuecards.cards.CardId("c1")).orElseThrow();
            assertThat(card.schedule().stability()).isEqualTo(2.5);
            assertThat(card.suspended()).isFalse();
            assertThat(card.flagged()).isFalse();
            assertThat(card.buriedUntil()).isEmpty();
            assertThat(new ReviewLogRepository(connection).ofCard(card.id())).hasSize(1);
            // Schema 4 counts the answers already in the log.
            assertThat(new ReviewLogRepository(connection).quarters(java.time.Instant.EPOCH, java.time.Instant.parse("2100-01-01T00:00:00Z")))
                    .extracting(ReviewLogRepository.Quarter::answers).containsExactly(1);
            return null;
        });
    }

    @Test
    void a_database_from_a_newer_cuecards_is_refused() {
        Path file = folder.resolve("new.db");
        Database.openAt(file).write(connection -> {
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("PRAGMA user_version = 99");
            }
            return null;
        });

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class).hasMessageContaining("99");
    }

    @Test
    void review_log_rows_cannot_be_changed() {
        Database database = Database.open(folder.resolve("cuecards.db"));
        database.write(DatabaseTest::insertOneReview);

        assertThatThrownBy(() -> database.write(connection -> {
            try (Statement sql = connection.createStatement()) {
                return sql.executeUpdate("UPDATE review_log SET rating = 1");
            }
        })).hasMessageContaining("append-only");
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        Database database = Database.open(folder.resolve("cuecards.db"));

        assertThatThrownBy(() -> database.write(connection -> {
            new SettingsRepository(connection).put("k", "v");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        Map<String, String> settings = database.read(connection -> new SettingsRepository(connection).all());
        assertThat(settings).isEmpty();
    }

    @Test
    void backup_writes_a_consistent_copy_and_refuses_to_overwrite() {
        Database database = Database.open(folder.resolve("cuecards.db"));
        database.write(connection -> {
            new SettingsRepository(connection).put("newCardsPerDay", "7");
            return null;
        });
        Path copy = folder.resolve("copy.db");

        database.backupTo(copy);

        Database restored = Database.open(copy);
        Optional<String> value = restored.read(connection -> new SettingsRepository(connection).get("newCardsPerDay"));
        assertThat(value).contains("7");
        assertThatThrownBy(() -> database.backupTo(copy)).hasMessageContaining("already exists");
    }

    /** A note, a card in Review and its one review, written with schema 1's columns only. */
    private static Void insertOneReview(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO notes (id, path, title, content_hash, generator_version, generator_settings, "
                    + "position, synced_at) VALUES ('n', 'n.md', 'N', 'h', 1, 's', 1, 0)");
            sql.executeUpdate("INSERT INTO cards (id, note_id, kind, claim_index, position, section, context, front, "
                    + "back, answer, source_claim, source_line, state, step, stability, difficulty, due, last_review, "
                    + "scheduled_days, reps, lapses, created_at, updated_at) VALUES ('c1', 'n', 'cloze', 0, 0, '', 'N', "
                    + "'[...] is', 'X is', 'X', 'X is', 3, 'Review', 0, 2.5, 5.0, 1000, 500, 1, 1, 0, 0, 0)");
            sql.executeUpdate("INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_before, "
                    + "step_before, stability_before, difficulty_before, due_before, scheduled_days_before, reps_before, "
                    + "lapses_before, state_after, step_after, stability_after, difficulty_after, due_after, "
                    + "scheduled_days_after, lapses_after) VALUES ('c1', 3, 500, 1200, 'New', 0, 0, 0, 0, 0, 0, 0, "
                    + "'Review', 0, 2.5, 5.0, 1000, 1, 0)");
        }
        return null;
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("PRAGMA " + name)) {
            return row.getString(1);
        }
    }
}
