package dev.cuecards.notes;

import static dev.cuecards.notes.Markdown.a;
import static dev.cuecards.notes.Markdown.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultReaderTest {

    @TempDir
    Path vault;

    private void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path file = vault.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    @Test
    void reads_every_markdown_note_below_the_folder_in_path_order_and_skips_hidden_folders() throws IOException {
        write("b.md", note("B claim " + a("00:00:01") + "."));
        write("sub/a.md", note("A claim " + a("00:00:02") + ".").replace("Test note", "Other"));
        write(".obsidian/workspace.md", note("Hidden."));
        write("picture.png", new byte[] {1, 2, 3});

        VaultReading reading = VaultReader.read(vault);

        assertThat(reading.notes()).extracting(Note::relativePath).containsExactly("b.md", "sub/a.md");
        assertThat(reading.notes().get(1).id()).isEqualTo(new NoteId("sub/a"));
        assertThat(reading.unreadable()).isEmpty();
    }

    @Test
    void a_large_vault_read_on_all_cores_comes_back_in_path_order_with_its_unreadable_notes_in_place() throws IOException {
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (int k = 0; k < 300; k++) {
            String path = String.format("c%02d/n%03d.md", k % 7, k);
            write(path, note("Claim number " + k + " " + a("00:00:01") + ".").replace("Test note", "Note " + k));
            expected.add(path);
        }
        write("c03/binary.md", new byte[] {'a', 0, 'b'});
        java.util.Collections.sort(expected);

        VaultReading reading = VaultReader.read(vault);

        assertThat(reading.notes()).extracting(Note::relativePath).containsExactlyElementsOf(expected);
        assertThat(reading.unreadable()).extracting(NoteProblem::path).containsExactly("c03/binary.md");
    }

    @Test
    void a_nul_byte_anywhere_marks_the_file_as_binary_and_a_note_page_is_not_made_of_it() throws IOException {
        byte[] text = note("Claim " + a("00:00:01") + ". " + "More words. ".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        byte[] withNul = java.util.Arrays.copyOf(text, text.length + 1);
        write("late-nul.md", withNul);

        VaultReading reading = VaultReader.read(vault);

        assertThat(text.length).isGreaterThan(20_000);
        assertThat(reading.unreadable()).extracting(NoteProblem::toString)
                .containsExactly("late-nul.md: binary file (it holds a NUL byte), not a markdown note");
        assertThat(VaultReader.document(vault, "late-nul.md")).isEmpty();
    }

    @Test
    void bad_files_are_reported_and_the_good_notes_are_still_read() throws IOException {
        write("good.md", note("Good claim " + a("00:00:01") + "."));
        write("empty.md", "");
        write("blank.md", "  \n\n ");
        write("binary.md", new byte[] {'#', ' ', 0, 1, 2, 3});
        write("latin1.md", "caf\u00e9 na\u00efve".getBytes(StandardCharsets.ISO_8859_1));
        write("huge.md", "word ".repeat(1_100_000));

        VaultReading reading = VaultReader.read(vault);

        assertThat(reading.notes()).extracting(Note::relativePath).containsExactly("good.md");
        assertThat(reading.unreadable()).extracting(NoteProblem::toString).containsExactlyInAnyOrder(
                "binary.md: binary file (it holds a NUL byte), not a markdown note",
                "blank.md: empty note",
                "empty.md: empty note",
                "huge.md: note is 5.2 MB; notes over 1 MB are skipped (split it into smaller notes)",
                "latin1.md: not UTF-8 text: save the note as UTF-8");
        assertThat(reading.notesWithProblems()).isEqualTo(5);
    }

    @Test
    void notes_sharing_a_title_are_each_reported_with_the_other_path() throws IOException {
        write("one.md", note("First " + a("00:00:01") + "."));
        write("two.md", note("Second " + a("00:00:02") + "."));

        VaultReading reading = VaultReader.read(vault);

        assertThat(reading.notes()).hasSize(2);
        assertThat(reading.notes().get(0).problems()).extracting(NoteProblem::reason)
                .containsExactly("title 'Test note' is also the title of two.md");
        assertThat(reading.notes().get(1).problems()).extracting(NoteProblem::reason)
                .containsExactly("title 'Test note' is also the title of one.md");
    }

    @Test
    void a_byte_order_mark_is_ignored_and_the_hash_follows_the_bytes() throws IOException {
        write("bom.md", "\uFEFF" + note("Claim " + a("00:00:01") + "."));
        write("plain.md", note("Claim " + a("00:00:01") + ".").replace("Test note", "Plain"));

        VaultReading reading = VaultReader.read(vault);

        assertThat(reading.notes().get(0).title()).isEqualTo("Test note");
        assertThat(reading.notes().get(0).contentHash()).hasSize(64).isNotEqualTo(reading.notes().get(1).contentHash());
    }

    @Test
    void a_missing_folder_is_an_error_for_the_caller() {
        assertThatThrownBy(() -> VaultReader.read(vault.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void fingerprints_give_each_note_file_the_hash_a_read_records_without_parsing() throws IOException {
        write("b.md", note("B claim " + a("00:00:01") + "."));
        write("sub/a.md", note("A claim " + a("00:00:02") + ".").replace("Test note", "Other"));
        write(".obsidian/workspace.md", note("Hidden."));

        java.util.Map<String, String> fingerprints = VaultReader.fingerprints(vault);

        VaultReading reading = VaultReader.read(vault);
        assertThat(fingerprints).containsOnlyKeys("b.md", "sub/a.md");
        for (Note read : reading.notes()) {
            assertThat(fingerprints.get(read.relativePath())).isEqualTo(read.contentHash());
        }
    }
}
