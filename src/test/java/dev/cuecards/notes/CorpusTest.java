package dev.cuecards.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the corpora of real notes that sit beside the checkout ({@code ../shared/corpus/dev}, {@code dev2} and the
 * 4,984-note {@code vault-5k}); a clone without them reports these tests as skipped, with the reason.
 * Run them alone with {@code mvn -B test -Dtest=CorpusTest}.
 */
class CorpusTest {

    private static final Path CORPORA = Path.of("..", "shared", "corpus");
    private static final Map<String, VaultReading> READINGS = new ConcurrentHashMap<>();

    /** A time as the raw files write it: in an anchor's data-t, bare in brackets, or as a link into the video. */
    private static final Pattern WRITTEN_TIME = Pattern.compile(
            "<[a-z]+\\s[^>]*?data-t\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>"
            + "|\\[\\[[^\\]|]*\\|\\s*\\[?(\\d{1,3}:\\d{1,2}(?::\\d{2})?)\\]?\\s*]]"
            + "|(?<![\\w\"']>)(?<![\\w\"']>\\s)(?<![\\w\"']>\\s\\s)(?<!\\w)\\[(\\d{1,3}:\\d{1,2}(?::\\d{2})?)\\](?:\\((?:#[^)]*|[^)\\s]*t=[^)\\s]*)\\))?(?!\\()");
    private static final Pattern STAMP_IN_TEXT = Pattern.compile("\\[\\d{1,3}:\\d{2}(:\\d{2})?]");
    /** Markup a reader should never see: a wiki link, bold marks around words, an anchor tag, its data-t. */
    private static final Pattern MARKUP = Pattern.compile(
            "\\[\\[[^\\[\\]]+]]|(^|\\s)\\*\\*\\p{L}|\\p{L}\\*\\*:|<a\\s|<a[a-z-]+=|data-t");

    private static VaultReading reading(String corpus) throws IOException {
        Path folder = CORPORA.resolve(corpus);
        assumeTrue(Files.isDirectory(folder), "the corpus " + folder + " is not beside this checkout");
        VaultReading reading = READINGS.get(corpus);
        if (reading == null) {
            reading = VaultReader.read(folder);
            READINGS.put(corpus, reading);
        }
        return reading;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "dev2", "vault-5k"})
    void every_note_is_read(String corpus) throws IOException {
        VaultReading reading = reading(corpus);

        long files;
        try (Stream<Path> all = Files.walk(CORPORA.resolve(corpus))) {
            files = all.filter(f -> f.toString().endsWith(".md")).count();
        }
        assertThat(reading.unreadable()).isEmpty();
        assertThat(reading.notes()).hasSize((int) files);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "dev2", "vault-5k"})
    void no_claim_text_keeps_markup_a_stamp_or_a_control_character(String corpus) throws IOException {
        VaultReading reading = reading(corpus);

        List<String> residue = reading.notes().stream().flatMap(n -> n.claims().stream().map(c -> n.relativePath() + ": " + c.text()))
                .filter(t -> MARKUP.matcher(t).find() || STAMP_IN_TEXT.matcher(t).find() || t.chars().anyMatch(ch -> ch < 0x20))
                .toList();
        assertThat(residue).isEmpty();
    }

    /**
     * Every time written in a raw file is in exactly one claim, on its line and with its second under the note's
     * convention. Where they differ (a malformed time, an anchor read by the fallback rule, a repeated or drafted
     * stretch), the note reports a problem on that line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "dev2", "vault-5k"})
    void every_written_time_is_accounted_for_by_exactly_one_claim_or_a_reported_problem(String corpus) throws IOException {
        VaultReading reading = reading(corpus);
        List<String> unaccounted = new ArrayList<>();

        for (Note note : reading.notes()) {
            String raw = Files.readString(CORPORA.resolve(corpus).resolve(note.relativePath()), StandardCharsets.UTF_8);
            StampConvention convention = NoteParser.read(note.relativePath(), raw, "").convention();
            Map<String, Integer> written = writtenTimes(raw, convention);
            Map<String, Integer> claimed = new HashMap<>();
            note.claims().forEach(c -> c.timestamps().forEach(t -> claimed.merge(t.line() + "@" + t.seconds(), 1, Integer::sum)));
            for (Map.Entry<String, Integer> entry : written.entrySet()) {
                int line = Integer.parseInt(entry.getKey().substring(0, entry.getKey().indexOf('@')));
                int inClaims = claimed.getOrDefault(entry.getKey(), 0);
                if (inClaims != entry.getValue() && !reported(note, line)) {
                    unaccounted.add(note.relativePath() + ":" + entry.getKey() + " written " + entry.getValue() + ", in claims " + inClaims);
                }
            }
            claimed.keySet().stream().filter(k -> !written.containsKey(k))
                    .filter(k -> !reported(note, Integer.parseInt(k.substring(0, k.indexOf('@')))))
                    .forEach(k -> unaccounted.add(note.relativePath() + ":" + k + " in a claim but not written there"));
        }
        assertThat(unaccounted).isEmpty();
    }

    @Test
    void bare_bracketed_times_are_read_where_a_note_has_no_anchors() throws IOException {
        Note gpu = reading("dev").notes().stream().filter(n -> n.relativePath().startsWith("the-evolution-and-challenges"))
                .findFirst().orElseThrow();

        assertThat(gpu.timestampCount()).isGreaterThan(30);
    }

    @Test
    void the_note_with_minutes_written_as_hours_links_to_its_minutes_and_real_hour_times_are_kept() throws IOException {
        Note databases = reading("dev").notes().stream().filter(n -> n.relativePath().startsWith("database-options")).findFirst().orElseThrow();
        Note bitcoin = reading("dev").notes().stream().filter(n -> n.relativePath().startsWith("bitcoins-op-return")).findFirst().orElseThrow();

        List<Integer> seconds = databases.claims().stream().flatMap(c -> c.timestamps().stream()).map(Timestamp::seconds).toList();
        assertThat(seconds).contains(337, 661).allMatch(s -> s < 20 * 60 || s == 5446);
        assertThat(bitcoin.claims().stream().flatMap(c -> c.timestamps().stream()).map(Timestamp::seconds)).contains(3694);
    }

    private static Map<String, Integer> writtenTimes(String raw, StampConvention convention) {
        Map<String, Integer> times = new TreeMap<>();
        Matcher m = WRITTEN_TIME.matcher(raw);
        int line = 1;
        int scanned = 0;
        while (m.find()) {
            for (; scanned < m.start(); scanned++) {
                char c = raw.charAt(scanned);
                if (c == '\n' || c == '\r' && (scanned + 1 >= raw.length() || raw.charAt(scanned + 1) != '\n')) {
                    line++;
                }
            }
            String time = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).strip();
            if (WrittenTime.parse(time).isPresent()) {
                times.merge(line + "@" + convention.seconds(time), 1, Integer::sum);
            }
        }
        return times;
    }

    /** True when a problem of the note names this line, or a stretch of lines holding it. */
    private static boolean reported(Note note, int line) {
        for (NoteProblem problem : note.problems()) {
            if (problem.line() == line) {
                return true;
            }
            Matcher range = Pattern.compile("lines (\\d+)–(\\d+)").matcher(problem.reason());
            if (range.find() && Integer.parseInt(range.group(1)) <= line && line <= Integer.parseInt(range.group(2))) {
                return true;
            }
        }
        return false;
    }
}
