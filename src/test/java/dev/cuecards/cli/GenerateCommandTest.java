package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private static String seedFolder() throws Exception {
        return Path.of(GenerateCommandTest.class.getResource("/notes").toURI()).toString();
    }

    @Test
    void writes_every_card_as_a_json_line_in_the_designs_schema_and_prints_a_summary(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cards.jsonl");

        CommandLineRun run = CommandLineRun.of("generate", "--notes", seedFolder(), "--out", out.toString());

        List<String> lines = Files.readAllLines(out);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("1 notes read, 0 with problems, 0 not read; 17 claims; " + lines.size() + " cards (");
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "note", "kind", "context", "front", "back", "answer", "source");
        assertThat(first.get("source").fieldNames()).toIterable().containsExactly("videoId", "seconds", "timestamp", "url", "claim");
        assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"choice\"") && l.contains("\"options\":["));
    }

    @Test
    void running_twice_writes_the_same_file(@TempDir Path dir) throws Exception {
        CommandLineRun.of("generate", "--notes", seedFolder(), "--out", dir.resolve("a.jsonl").toString());
        CommandLineRun.of("generate", "--notes", seedFolder(), "--out", dir.resolve("b.jsonl").toString());

        assertThat(Files.readString(dir.resolve("a.jsonl"))).isEqualTo(Files.readString(dir.resolve("b.jsonl")));
    }

    @Test
    void bad_limits_and_an_out_file_in_a_missing_folder_exit_2_with_one_line(@TempDir Path dir) throws Exception {
        CommandLineRun badLimit = CommandLineRun.of("generate", "--notes", seedFolder(), "--max-cards-per-claim", "0");
        CommandLineRun badOut = CommandLineRun.of("generate", "--notes", seedFolder(), "--out", dir.resolve("no/such/cards.jsonl").toString());

        assertThat(badLimit.exitCode()).isEqualTo(2);
        assertThat(badLimit.err().strip()).contains("cards per claim must be 1..20, got 0").doesNotContain("\n");
        assertThat(badOut.exitCode()).isEqualTo(2);
        assertThat(badOut.err()).contains("does not exist");
    }
}
