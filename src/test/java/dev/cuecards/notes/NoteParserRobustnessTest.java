package dev.cuecards.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Notes stitched at random from the vault's building blocks, broken ones included, never break the reader. */
class NoteParserRobustnessTest {

    private static final String[] PIECES = {
        "---\n", "title: T\n", "videoId: abcdefghijk\n", "From: [[ch]] <br/>\n", "Here is the article:\n", "\n", "\n\n",
        "# H\n", "## What is it?\n", "### [[a | b]] <a class=\"yt-timestamp\" data-t=\"00:01:00\">[00:01:00]</a>\n",
        "Claim one. ", "Claim two ", "<a class=\"yt-timestamp\" data-t=\"00:00:06\">[00:00:06]</a>", ". ", ", ",
        "<a class=\"yt-timestamp\" data-t=\"99:99:99\">", "<a class=\"yt-timestamp\" data-t=\"00:02:00\">[00:01:58\">[00:02:00]</a>",
        "</a>", "[00:17:33]", "[1:2]", "[and]", "\\left[", "$$\n", "$x$", "$150 billion", "`code`", "```\n", "**Term**: ",
        "**", "*", "_", "__", "*   ", "1.  ", "    ", "> ", "> [!NOTE] Title\n", "> [!info]\n", ":::caution Myth\n", ":::\n",
        "<div class=\"callout\">\n", "</div>\n", "| a | b |\n", "|---|---|\n", "| x | y |\n", "<br/>", "<sup>2</sup>", "<sub>",
        "&amp;", "&#0;", "\\*", "e.g. ", "U.S. ", "3.5 ", "![[t#h]]", "[[x]]'s ", "[[", "]]", "[text](http://x)", "<script>x</script>",
        "\u0000", "\uFEFF", "\r\n", "é", "漢字", "\uE000", "\uE100", "\uD83D\uDE00",
    };

    static Stream<Long> seeds() {
        return IntStream.range(0, 400).mapToObj(i -> 7919L * i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void any_stitched_note_is_read_into_claims_with_text_or_problems(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }

        assertThatCode(() -> NoteParser.parse("random.md", text.toString(), "h")).doesNotThrowAnyException();
        Note note = NoteParser.parse("random.md", text.toString(), "h");
        assertThat(note.claims()).allSatisfy(c -> {
            assertThat(c.text()).isNotBlank().doesNotContain("<a ", "data-t").matches(t -> t.chars().noneMatch(ch -> ch < 0x20));
            assertThat(c.line()).isPositive();
        });
    }
}
