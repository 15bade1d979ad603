package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.ReplayEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayInputTest {

    private static ReplayInput parse(String text) {
        return ReplayInput.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void crlf_endings_a_byte_order_mark_and_blank_lines_still_give_editor_line_numbers() {
        ReplayInput input = parse("\uFEFF{\"card\":\"c1\",\"rating\":3,\"time\":\"2026-01-01T10:00:00Z\"}\r\n"
                + "\r\n"
                + "{\"card\":\"c1\",\"rating\":1,\"time\":\"2026-01-01T11:00:00+01:00\",\"note\":\"ignored\"}\r\n");

        assertThat(input.problems()).isEmpty();
        assertThat(input.lineNumbers()).containsExactly(1, 3);
        assertThat(input.events()).containsExactly(
                new ReplayEvent("c1", Rating.GOOD, Instant.parse("2026-01-01T10:00:00Z")),
                new ReplayEvent("c1", Rating.AGAIN, Instant.parse("2026-01-01T10:00:00Z")));
    }

    @Test
    void a_line_that_is_not_utf8_is_reported_and_the_next_line_is_still_read() {
        byte[] content = "\u00ff\n{\"card\":\"c1\",\"rating\":3,\"time\":\"2026-01-01T10:00:00Z\"}"
                .getBytes(StandardCharsets.ISO_8859_1);

        ReplayInput input = ReplayInput.parse(content);

        assertThat(input.problems()).containsExactly(new InputProblem(1, "not UTF-8 text"));
        assertThat(input.lineNumbers()).containsExactly(2);
    }

    @Test
    void ambiguous_or_mistyped_lines_are_refused_with_the_value_in_the_reason() {
        ReplayInput input = parse(String.join("\n",
                "{\"card\":\"a\",\"card\":\"b\",\"rating\":3,\"time\":\"2026-01-01T10:00:00Z\"}",
                "{\"card\":\"a\",\"rating\":3,\"time\":\"2026-01-01T10:00:00Z\"} {}",
                "{\"card\":\" \",\"rating\":3,\"time\":\"2026-01-01T10:00:00Z\"}",
                "{\"card\":\"a\",\"rating\":3.0,\"time\":\"2026-01-01T10:00:00Z\"}",
                "{\"card\":\"a\",\"rating\":3,\"time\":1767261600}",
                "[1, 2]"));

        assertThat(input.events()).isEmpty();
        assertThat(input.problems()).extracting(InputProblem::reason).containsExactly(
                "malformed JSON: Duplicate field 'card'",
                "malformed JSON: more than one value on the line",
                "card must be a non-blank string, got \" \"",
                "rating must be a whole number 1..4, got 3.0",
                "time must be an ISO-8601 instant like 2026-01-01T10:00:00Z, got 1767261600",
                "expected a JSON object like {\"card\":\"c1\",\"rating\":3,\"time\":\"2026-01-01T10:00:00Z\"}, got [1,2]");
    }
}
