package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path folder;

    private static String seedFolder() throws URISyntaxException {
        return Path.of(GenerateCommandTest.class.getResource("/notes").toURI()).toString();
    }

    @Test
    void generate_syncs_the_cards_into_the_database_and_an_unchanged_run_finds_them_all_unchanged() throws Exception {
        String db = folder.resolve("data/cuecards.db").toString();
        Path out = folder.resolve("cards.jsonl");

        CommandLineRun first = CommandLineRun.of("generate", "--notes", seedFolder(), "--db", db, "--out", out.toString());
        List<String> written = Files.readAllLines(out);
        CommandLineRun second = CommandLineRun.of("generate", "--notes", seedFolder(), "--db", db);

        assertThat(first.exitCode()).isZero();
        int cards = written.size();
        assertThat(cards).isPositive();
        assertThat(first.out()).contains("1 notes read, 0 with problems, 0 not read; 17 claims; " + cards + " cards (",
                "cards: " + cards + " new, 0 updated, 0 unchanged, 0 retired, 0 revived (database " + db + ")");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out().lines().findFirst()).isEqualTo(first.out().lines().findFirst());
        assertThat(second.out()).contains("cards: 0 new, 0 updated, " + cards + " unchanged, 0 retired, 0 revived");
    }

    @Test
    void problems_are_printed_again_when_the_vault_is_unchanged() throws IOException {
        Path vault = Files.createDirectories(folder.resolve("notes"));
        Files.writeString(vault.resolve("bad.md"), "---\ntitle: Bad\nvideoId: abcdefghijk\n---\nTuring was born in London "
                + "<a class=\"yt-timestamp\" data-t=\"00:00:05\">[00:00:05]</a>. Broken <a class=\"yt-timestamp\" data-t=\"99:99:99\">[99:99:99]</a>.\n");
        String db = folder.resolve("cuecards.db").toString();

        CommandLineRun first = CommandLineRun.of("generate", "--notes", vault.toString(), "--db", db);
        CommandLineRun second = CommandLineRun.of("generate", "--notes", vault.toString(), "--db", db);

        assertThat(first.err()).contains("bad.md:5: malformed timestamp '99:99:99'");
        assertThat(second.err()).isEqualTo(first.err());
        assertThat(second.out().lines().findFirst()).isEqualTo(first.out().lines().findFirst());
    }

    @Test
    void after_an_edit_only_the_edited_note_is_opened_and_the_others_keep_their_cards_and_problems() throws IOException {
        Path vault = Files.createDirectories(folder.resolve("notes"));
        dev.cuecards.store.TestVault.write(vault, "a.md", dev.cuecards.store.TestVault.numbered("Alpha", "bcdefghijkl", "Tech", 6));
        Files.writeString(vault.resolve("bad.md"), "---\ntitle: Bad\nvideoId: abcdefghijk\n---\nTuring was born in London "
                + "<a class=\"yt-timestamp\" data-t=\"00:00:05\">[00:00:05]</a>. Broken <a class=\"yt-timestamp\" data-t=\"99:99:99\">[99:99:99]</a>.\n");
        String db = folder.resolve("cuecards.db").toString();
        CommandLineRun first = CommandLineRun.of("generate", "--notes", vault.toString(), "--db", db);
        Files.writeString(vault.resolve("a.md"), Files.readString(vault.resolve("a.md"))
                + "\nGlobex opened a plant in Oslo in 1999 <a class=\"yt-timestamp\" data-t=\"00:09:00\">[00:09:00]</a>.\n");
        Files.setLastModifiedTime(vault.resolve("a.md"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        CommandLineRun edited = CommandLineRun.of("generate", "--notes", vault.toString(), "--db", db);

        assertThat(first.out()).contains("2 notes read, 1 with problems");
        assertThat(edited.out()).contains("1 notes read, 1 unchanged and not opened, 1 with problems");
        assertThat(edited.out()).containsPattern("cards: [1-9]\\d* new, 0 updated, [1-9]\\d* unchanged");
        assertThat(edited.err()).contains("bad.md:5: malformed timestamp '99:99:99'");
    }

    @Test
    void a_folder_given_as_database_is_a_usage_error() throws URISyntaxException {
        CommandLineRun run = CommandLineRun.of("generate", "--notes", seedFolder(), "--db", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--db", "is a folder");
    }

    @Test
    void backup_copies_the_database_under_a_dated_name_and_never_overwrites() throws Exception {
        String db = folder.resolve("data/cuecards.db").toString();
        CommandLineRun.of("generate", "--notes", seedFolder(), "--db", db);

        CommandLineRun first = CommandLineRun.of("backup", "--db", db);
        CommandLineRun again = CommandLineRun.of("backup", "--db", db);

        assertThat(first.exitCode()).isZero();
        List<Path> copies;
        try (var files = Files.list(folder.resolve("data"))) {
            copies = files.filter(p -> p.getFileName().toString().matches("cuecards-backup-\\d{4}-\\d{2}-\\d{2}\\.db")).toList();
        }
        assertThat(copies).hasSize(1);
        assertThat(first.out()).contains("backed up", copies.get(0).getFileName().toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void backup_to_a_named_file_can_be_opened_with_the_same_cards() throws Exception {
        String db = folder.resolve("cuecards.db").toString();
        CommandLineRun.of("generate", "--notes", seedFolder(), "--db", db);
        Path copy = folder.resolve("copy.db");

        CommandLineRun backup = CommandLineRun.of("backup", "--db", db, "--to", copy.toString());
        CommandLineRun fromCopy = CommandLineRun.of("generate", "--notes", seedFolder(), "--db", copy.toString());

        assertThat(backup.exitCode()).isZero();
        assertThat(fromCopy.out()).contains("cards: 0 new, 0 updated,");
    }

    @Test
    void backup_of_a_missing_database_is_a_usage_error() {
        CommandLineRun run = CommandLineRun.of("backup", "--db", folder.resolve("none.db").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void writes_every_card_as_a_json_line_in_the_designs_schema() throws Exception {
        Path out = folder.resolve("cards.jsonl");
        Path notes = Files.createDirectories(folder.resolve("notes"));
        try (var seed = Files.list(Path.of(seedFolder()))) {
            for (Path file : seed.toList()) {
                Files.copy(file, notes.resolve(file.getFileName()));
            }
        }
        // A second note names more frameworks, and says they are frameworks, so the seed's "TensorFlow" has distractors of its own kind.
        Files.writeString(notes.resolve("frameworks.md"), "---\ntitle: Deep learning frameworks\nvideoId: abcdefghijk\n---\n\n"
                + "From: [[acquiredfm]] <br/>\n\n" + "Meta released PyTorch, an open framework for research <a class=\"yt-timestamp\" data-t=\"00:00:10\">[00:00:10]</a>. "
                + "Researchers also use JAX, a framework for fast gradients <a class=\"yt-timestamp\" data-t=\"00:00:20\">[00:00:20]</a>. "
                + "Many beginners start with Keras, a framework with a small interface <a class=\"yt-timestamp\" data-t=\"00:00:30\">[00:00:30]</a>.\n");

        CommandLineRun run = CommandLineRun.of("generate", "--notes", notes.toString(), "--db", folder.resolve("c.db").toString(), "--out", out.toString());

        List<String> lines = Files.readAllLines(out);
        com.fasterxml.jackson.databind.JsonNode first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
        assertThat(run.exitCode()).isZero();
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "note", "kind", "context", "front", "back", "answer", "source");
        assertThat(first.get("source").fieldNames()).toIterable().containsExactly("videoId", "seconds", "timestamp", "url", "claim");
        assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"choice\"") && l.contains("\"options\":["));
    }

    @Test
    void running_twice_writes_the_same_file() throws Exception {
        CommandLineRun.of("generate", "--notes", seedFolder(), "--db", folder.resolve("a.db").toString(), "--out", folder.resolve("a.jsonl").toString());
        CommandLineRun.of("generate", "--notes", seedFolder(), "--db", folder.resolve("b.db").toString(), "--out", folder.resolve("b.jsonl").toString());

        assertThat(Files.readString(folder.resolve("a.jsonl"))).isEqualTo(Files.readString(folder.resolve("b.jsonl")));
    }

    @Test
    void bad_limits_and_an_out_file_in_a_missing_folder_exit_2_with_one_line() throws Exception {
        String db = folder.resolve("c.db").toString();
        CommandLineRun badLimit = CommandLineRun.of("generate", "--notes", seedFolder(), "--db", db, "--max-cards-per-claim", "0");
        CommandLineRun badOut = CommandLineRun.of("generate", "--notes", seedFolder(), "--db", db, "--out", folder.resolve("no/such/cards.jsonl").toString());

        assertThat(badLimit.exitCode()).isEqualTo(2);
        assertThat(badLimit.err().strip()).contains("cards per claim must be 1..20, got 0").doesNotContain("\n");
        assertThat(badOut.exitCode()).isEqualTo(2);
        assertThat(badOut.err()).contains("does not exist");
    }
}
