package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.store.TestVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's warm-up run (the one the class-data archive is recorded from): it serves a generated vault as a start
 * would, opens the pages, and leaves the vault and what the database holds as they were.
 */
class WarmUpCommandTest {

    @TempDir
    Path folder;

    @Test
    void serves_a_generated_vault_and_changes_nothing() throws IOException {
        Path notes = folder.resolve("notes");
        Path db = folder.resolve("cuecards.db");
        String text = TestVault.numbered("Warm video", "bcdefghijkl", "Tech", 6);
        TestVault.write(notes, "warm.md", text);
        assertThat(CommandLineRun.of("generate", "--notes", notes.toString(), "--db", db.toString()).exitCode()).isZero();
        String before = CommandLineRun.of("generate", "--notes", notes.toString(), "--db", db.toString()).out();

        CommandLineRun run = CommandLineRun.of("warm-up", "--notes", notes.toString(), "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        try (Stream<Path> left = Files.list(notes)) {
            assertThat(left).hasSize(1);
        }
        assertThat(Files.readString(notes.resolve("warm.md"))).isEqualTo(text);
        assertThat(CommandLineRun.of("generate", "--notes", notes.toString(), "--db", db.toString()).out()).isEqualTo(before);
    }

    @Test
    void a_missing_vault_or_database_is_a_one_line_answer() {
        CommandLineRun absent = CommandLineRun.of("warm-up", "--notes", folder.resolve("absent").toString(), "--db", folder.resolve("x.db").toString());
        CommandLineRun noDb = CommandLineRun.of("warm-up", "--notes", folder.toString());

        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).contains("absent").hasLineCount(1);
        assertThat(noDb.exitCode()).isEqualTo(2);
        assertThat(noDb.err()).contains("--db").hasLineCount(1);
    }

    @Test
    void it_is_not_listed_among_the_commands_a_user_runs() {
        assertThat(CommandLineRun.of("--help").out()).contains("serve").doesNotContain("warm-up");
    }
}
