package dev.cuecards.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the development corpus of real notes, when it sits beside the checkout ({@code ../shared/corpus/dev}); a
 * clone without it skips these checks.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "dev");
    private static final Pattern ANCHOR_OR_BARE_TIME = Pattern.compile("<a[^>]*data-t=\"([^\"]*)\"[^>]*>.*?</a>|\\[(\\d{1,2}:\\d{2}:\\d{2})]");
    private static VaultReading reading;

    @BeforeAll
    static void readCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the development corpus is not beside this checkout");
        reading = VaultReader.read(CORPUS);
    }

    @Test
    void every_note_is_read() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(reading.notes()).hasSize((int) files.filter(f -> f.toString().endsWith(".md")).count());
        }
        assertThat(reading.unreadable()).isEmpty();
        assertThat(reading.notes()).allSatisfy(note -> assertThat(note.claims()).isNotEmpty());
    }

    @Test
    void no_claim_text_keeps_markup() {
        List<String> texts = reading.notes().stream().flatMap(n -> n.claims().stream()).map(Claim::text).toList();

        assertThat(texts).noneMatch(t -> t.contains("[[") || t.contains("<a") || t.contains("data-t") || t.contains("**")
                || t.contains("</") || t.contains("<br"));
    }

    @Test
    void every_anchor_and_bare_time_in_the_raw_files_is_accounted_for_by_exactly_one_claim() throws IOException {
        for (Note note : reading.notes()) {
            String raw = Files.readString(CORPUS.resolve(note.relativePath()));
            List<Integer> anchored = new ArrayList<>();
            Matcher m = ANCHOR_OR_BARE_TIME.matcher(raw);
            while (m.find()) {
                anchored.add(Timestamp.parseSeconds(m.group(1) != null ? m.group(1) : m.group(2)).orElseThrow());
            }
            List<Integer> claimed = note.claims().stream().flatMap(c -> c.timestamps().stream()).map(Timestamp::seconds).toList();

            assertThat(claimed).as(note.relativePath()).containsExactlyElementsOf(anchored);
        }
    }

    @Test
    void bare_bracketed_times_are_read_where_a_note_has_no_anchors() {
        Note gpu = reading.notes().stream().filter(n -> n.relativePath().startsWith("the-evolution-and-challenges")).findFirst().orElseThrow();

        assertThat(gpu.timestampCount()).isGreaterThan(30);
        assertThat(gpu.claims()).noneMatch(c -> c.text().matches(".*\\[\\d+:\\d+:\\d+].*"));
    }
}
