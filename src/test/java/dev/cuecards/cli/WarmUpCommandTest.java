package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.store.TestVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's warm-up run (the one the class-data archive is recorded from): it serves a copy of the vault, opens
 * the pages, and leaves the vault and the temporary folder as they were.
 */
class WarmUpCommandTest {

    @TempDir
    Path folder;

    @Test
    void serves_a_copy_of_the_vault_and_leaves_nothing_behind() throws IOException {
        Path notes = folder.resolve("notes");
        String text = TestVault.numbered("Warm video", "bcdefghijkl", "Tech", 6);
        TestVault.write(notes, "warm.md", text);
        List<Path> before = warmUpFolders();

        CommandLineRun run = CommandLineRun.of("warm-up", "--notes", notes.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(notes).isDirectoryContaining(path -> path.getFileName().toString().equals("warm.md"));
        try (Stream<Path> left = Files.list(notes)) {
            assertThat(left).hasSize(1);
        }
        assertThat(Files.readString(notes.resolve("warm.md"))).isEqualTo(text);
        assertThat(warmUpFolders()).isEqualTo(before);
    }

    @Test
    void a_missing_vault_is_a_one_line_answer() {
        CommandLineRun run = CommandLineRun.of("warm-up", "--notes", folder.resolve("absent").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("absent").hasLineCount(1);
    }

    @Test
    void it_is_not_listed_among_the_commands_a_user_runs() {
        assertThat(CommandLineRun.of("--help").out()).contains("serve").doesNotContain("warm-up");
    }

    private static List<Path> warmUpFolders() throws IOException {
        try (Stream<Path> listed = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return listed.filter(path -> path.getFileName().toString().startsWith("cuecards-warm-up")).sorted().toList();
        }
    }
}
