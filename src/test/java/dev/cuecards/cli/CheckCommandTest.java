package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static String seedFolder() throws URISyntaxException {
        return Path.of(CheckCommandTest.class.getResource("/notes").toURI()).toString();
    }

    @Test
    void lists_the_seed_note_with_its_counts() throws URISyntaxException {
        CommandLineRun run = CommandLineRun.of("check", "--notes", seedFolder());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("amazon-sagemaker-and-ml-offerings.md", "title:      Amazon Sagemaker and ML offerings",
                "videoId:    ifA0ZRiOmx0", "channel:    acquiredfm", "sections:   2", "claims:     17 (1 untimed)", "timestamps: 16",
                "1 notes read, 17 claims, 0 notes with problems, 0 files not read");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void json_shows_the_data_locality_claim_at_68_seconds_in_its_callout() throws IOException, URISyntaxException {
        CommandLineRun run = CommandLineRun.of("check", "--notes", seedFolder(), "--json");

        JsonNode notes = new ObjectMapper().readTree(run.out()).get("notes");
        JsonNode claim = null;
        for (JsonNode c : notes.get(0).get("claims")) {
            if (c.get("text").asText().startsWith("Running machine learning models near the data is considered the most critical factor")) {
                claim = c;
            }
        }
        assertThat(run.exitCode()).isZero();
        assertThat(claim).isNotNull();
        assertThat(claim.get("timestamps").get(0).get("seconds").asInt()).isEqualTo(68);
        assertThat(claim.get("role").get("kind").asText()).isEqualTo("callout");
        assertThat(claim.get("role").get("title").asText()).isEqualTo("Importance of Data Locality");
    }

    @Test
    void problems_are_listed_with_path_and_line_and_the_run_still_succeeds(@TempDir Path vault) throws IOException {
        Files.writeString(vault.resolve("good.md"), "---\ntitle: Good\nvideoId: abcdefghijk\n---\nA claim <a class=\"yt-timestamp\" data-t=\"00:00:01\">[00:00:01]</a>.\n");
        Files.writeString(vault.resolve("bad.md"), "---\ntitle: Bad\nvideoId: abcdefghijk\n---\nBroken <a class=\"yt-timestamp\" data-t=\"99:99:99\">[99:99:99]</a>.\n");
        Files.write(vault.resolve("binary.md"), new byte[] {0, 1, 2});

        CommandLineRun run = CommandLineRun.of("check", "--notes", vault.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("bad.md:5: malformed timestamp '99:99:99'", "binary.md\n  not read: binary file (it holds a NUL byte), not a markdown note",
                "2 notes read, 2 claims, 2 notes with problems, 1 files not read");
    }

    @Test
    void a_missing_notes_folder_exits_2_with_one_line_saying_what_to_fix(@TempDir Path somewhere) {
        CommandLineRun run = CommandLineRun.of("check", "--notes", somewhere.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("does not exist; pass --notes DIR");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_file_given_as_notes_folder_exits_2(@TempDir Path somewhere) throws IOException {
        Path file = Files.writeString(somewhere.resolve("note.md"), "text");

        CommandLineRun run = CommandLineRun.of("check", "--notes", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is a file, not a folder");
    }

    @Test
    void an_unknown_flag_exits_2_with_one_line_naming_it() {
        CommandLineRun run = CommandLineRun.of("check", "--jsno");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("cuecards check: Unknown option: '--jsno' (see 'cuecards check --help')");
    }
}
