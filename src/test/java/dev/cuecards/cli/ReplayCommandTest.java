package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cuecards fsrs replay} through {@link Main#run}, against the spec's reference trajectories. */
class ReplayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Spec "Reference values" 5, card A: the input lines, then what each must print. */
    private static final List<String> CARD_A = List.of(
            line("A", 3, "2026-01-05T09:00:00Z"),
            line("A", 3, "2026-01-05T09:10:00Z"),
            line("A", 3, "2026-01-07T09:15:00Z"),
            line("A", 3, "2026-01-17T08:00:00Z"),
            line("A", 1, "2026-02-20T20:00:00Z"),
            line("A", 3, "2026-02-20T20:12:00Z"),
            line("A", 3, "2026-02-24T07:30:00Z"));

    private record Expected(String state, double stability, double difficulty, String due, int scheduledDays) {
    }

    private static final List<Expected> CARD_A_TRAJECTORY = List.of(
            new Expected("Learning", 2.3065, 2.11810397, "2026-01-05T09:10:00Z", 0),
            new Expected("Review", 2.3065, 2.11121424, "2026-01-07T09:10:00Z", 2),
            new Expected("Review", 10.97104786, 2.1043314, "2026-01-18T09:15:00Z", 11),
            new Expected("Review", 43.96600398, 2.09745544, "2026-03-02T08:00:00Z", 44),
            new Expected("Relearning", 2.79688572, 7.38771571, "2026-02-20T20:10:00Z", 0),
            new Expected("Review", 2.79688572, 7.37555636, "2026-02-23T20:12:00Z", 3),
            new Expected("Review", 8.67538863, 7.36340917, "2026-03-05T07:30:00Z", 9));

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {

        List<JsonNode> lines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\\R")) {
                if (!line.isEmpty()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static String line(String card, int rating, String time) {
        return "{\"card\":\"" + card + "\",\"rating\":" + rating + ",\"time\":\"" + time + "\"}";
    }

    private Path history(List<String> lines) throws IOException {
        return Files.write(dir.resolve("history.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));

        return new Result(exitCode, out.toString(), err.toString());
    }

    private static void assertClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.max(1e-6 * Math.abs(expected), 1e-7)));
    }

    @Test
    void card_a_replays_to_the_reference_trajectory() throws IOException {
        Path file = history(CARD_A);

        Result result = run("fsrs", "replay", "--in", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<JsonNode> lines = result.lines();
        assertThat(lines).hasSize(CARD_A_TRAJECTORY.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            Expected expected = CARD_A_TRAJECTORY.get(i);
            String what = "line " + (i + 1);
            assertThat(line.get("card").asText()).as(what).isEqualTo("A");
            assertThat(line.get("state").asText()).as(what + " state").isEqualTo(expected.state());
            assertThat(line.get("stability").isNumber()).as(what + " stability is a number").isTrue();
            assertClose(line.get("stability").doubleValue(), expected.stability(), what + " S");
            assertClose(line.get("difficulty").doubleValue(), expected.difficulty(), what + " D");
            assertThat(line.get("due").asText()).as(what + " due").isEqualTo(expected.due());
            assertThat(line.get("scheduledDays").intValue()).as(what + " days").isEqualTo(expected.scheduledDays());
        }
        assertThat(lines.get(0).fieldNames()).toIterable()
                .containsExactly("card", "state", "stability", "difficulty", "due", "scheduledDays");
    }

    @Test
    void interleaved_cards_each_follow_their_own_trajectory_and_blank_lines_are_skipped() throws IOException {
        List<String> lines = new ArrayList<>(CARD_A);
        lines.add(1, line("B", 4, "2026-01-05T09:00:00Z"));
        lines.add(3, "");
        lines.add(5, line("B", 2, "2026-01-13T10:00:00Z"));
        lines.add(line("B", 4, "2026-01-30T10:00:00Z"));
        lines.add("   ");
        lines.add(line("B", 3, "2026-01-31T10:00:00Z"));

        Result result = run("fsrs", "replay", "--in", history(lines).toString());

        assertThat(result.exitCode()).isZero();
        List<JsonNode> out = result.lines();
        assertThat(out).hasSize(11);
        assertThat(out).filteredOn(n -> n.get("card").asText().equals("A"))
                .extracting(n -> n.get("scheduledDays").intValue()).containsExactly(0, 2, 11, 44, 0, 3, 9);
        assertThat(out).filteredOn(n -> n.get("card").asText().equals("B"))
                .extracting(n -> n.get("due").asText())
                .containsExactly("2026-01-13T09:00:00Z", "2026-02-09T10:00:00Z", "2026-05-14T10:00:00Z",
                        "2026-05-19T10:00:00Z");
    }

    @Test
    void bad_lines_are_reported_with_their_line_numbers_and_nothing_is_printed() throws IOException {
        Path file = history(List.of(
                line("c1", 3, "2026-01-01T10:00:00Z"),
                "",
                line("c1", 7, "2026-01-01T10:05:00Z"),
                "{\"card\":\"c2\",\"rating\":3,\"time\":\"yesterday\"}",
                "{\"card\":\"c2\",\"time\":\"2026-01-01T10:00:00Z\"}",
                "{\"card\":\"c2\",\"rating\":3,",
                line("c1", 3, "2026-01-01T09:00:00Z"),
                line("c1", 3, "2026-01-01T10:10:00Z")));
        String name = file.toString();

        Result result = run("fsrs", "replay", "--in", name);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                name + ":3: rating must be 1..4, got 7",
                name + ":4: time must be an ISO-8601 instant like 2026-01-01T10:00:00Z, got \"yesterday\"",
                name + ":5: missing field \"rating\"",
                name + ":6: malformed JSON: Unexpected end-of-input within/between Object entries",
                name + ":7: time 2026-01-01T09:00:00Z of card c1 is before its previous review at 2026-01-01T10:00:00Z",
                "5 bad lines in " + name + "; nothing replayed");
    }

    @Test
    void fuzz_changes_a_long_interval_within_its_range_and_repeats_run_to_run() throws IOException {
        Path file = history(CARD_A);

        Result plain = run("fsrs", "replay", "--in", file.toString());
        Result fuzzed = run("fsrs", "replay", "--in", file.toString(), "--fuzz");
        Result again = run("fsrs", "replay", "--in", file.toString(), "--fuzz");

        assertThat(fuzzed.exitCode()).isZero();
        assertThat(fuzzed.out()).isEqualTo(again.out());
        // Card A's 44-day interval after 10 elapsed days: delta = 1 + 0.675 + 1.3 + 1.2, range [40, 48].
        int longest = fuzzed.lines().get(3).get("scheduledDays").intValue();
        assertThat(longest).isNotEqualTo(44).isBetween(40, 48);
        assertThat(fuzzed.lines().get(3).get("stability")).isEqualTo(plain.lines().get(3).get("stability"));
        assertThat(fuzzed.lines().get(0)).isEqualTo(plain.lines().get(0));
    }

    @Test
    void lower_retention_keeps_the_memory_and_lengthens_every_review_interval() throws IOException {
        Path file = history(CARD_A);
        // Spec "Intervals": m = (r^(1/decay) − 1)/factor with decay = −w20; r = 0.8 gives m ≈ 3.32.
        double decay = -0.1542;
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double m = (Math.pow(0.8, 1 / decay) - 1) / factor;

        List<JsonNode> usual = run("fsrs", "replay", "--in", file.toString()).lines();
        Result result = run("fsrs", "replay", "--in", file.toString(), "--retention", "0.8");

        assertThat(result.exitCode()).isZero();
        List<JsonNode> lower = result.lines();
        assertThat(lower.get(1).get("scheduledDays").intValue()).isEqualTo(Math.round(2.3065 * m)).isEqualTo(8);
        assertThat(lower.get(1).get("due").asText()).isEqualTo("2026-01-13T09:10:00Z");
        for (int i = 0; i < usual.size(); i++) {
            JsonNode at09 = usual.get(i);
            JsonNode at08 = lower.get(i);
            assertThat(at08.get("stability")).as("line %d S", i + 1).isEqualTo(at09.get("stability"));
            assertThat(at08.get("difficulty")).as("line %d D", i + 1).isEqualTo(at09.get("difficulty"));
            if (at09.get("state").asText().equals("Review")) {
                assertThat(at08.get("scheduledDays").intValue()).as("line %d days", i + 1)
                        .isGreaterThan(at09.get("scheduledDays").intValue());
            } else {
                assertThat(at08).as("line %d", i + 1).isEqualTo(at09);
            }
        }
    }

    @Test
    void params_replace_the_default_weights() throws IOException {
        Path file = history(CARD_A.subList(0, 1));
        String weights = "0.212,1.2931,3.5,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,"
                + "1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542";

        Result result = run("fsrs", "replay", "--in", file.toString(), "--params", weights);

        assertThat(result.exitCode()).isZero();
        // The first Good gives S = w2.
        assertThat(result.lines().get(0).get("stability").doubleValue()).isEqualTo(3.5);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--retention | 1     | --retention must be between 0 and 1",
        "--retention | 0     | --retention must be between 0 and 1",
        "--retention | NaN   | --retention must be between 0 and 1",
        "--retention | abc   | '--retention'",
        "--params    | 1,2,3 | --params: parameters must be exactly 21 numbers",
        "--params    | ''    | --params: parameters must be 21 comma-separated numbers",
        "--bogus     | 1     | Unknown options: '--bogus'"})
    void a_bad_flag_exits_2_with_one_line_naming_it(String flag, String value, String message) throws IOException {
        Path file = history(CARD_A);

        Result result = run("fsrs", "replay", "--in", file.toString(), flag, value);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().contains(message);
    }

    @Test
    void a_missing_file_exits_2_with_one_line_naming_it() {
        Path missing = dir.resolve("nowhere.jsonl");

        Result result = run("fsrs", "replay", "--in", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .contains("'" + missing + "' does not exist", "--in");
    }

    @Test
    void dash_reads_the_history_from_standard_input() throws IOException {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(String.join("\n", CARD_A).getBytes(StandardCharsets.UTF_8)));
        Result result;
        try {
            result = run("fsrs", "replay", "--in", "-");
        } finally {
            System.setIn(stdin);
        }

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).extracting(n -> n.get("scheduledDays").intValue())
                .containsExactly(0, 2, 11, 44, 0, 3, 9);
    }

    @Test
    void help_describes_the_fsrs_commands() {
        Result fsrs = run("fsrs", "--help");
        Result replay = run("fsrs", "replay", "--help");

        assertThat(fsrs.exitCode()).isZero();
        assertThat(fsrs.out()).contains("replay");
        assertThat(replay.exitCode()).isZero();
        assertThat(replay.out()).contains("--in", "--fuzz", "--retention", "--params");
    }
}
