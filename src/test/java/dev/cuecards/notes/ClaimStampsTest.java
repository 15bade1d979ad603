package dev.cuecards.notes;

import static dev.cuecards.notes.Markdown.a;
import static dev.cuecards.notes.Markdown.note;
import static dev.cuecards.notes.Markdown.parse;
import static dev.cuecards.notes.Markdown.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each stamp belongs, exactly, to the sentence it follows, at the place in its text where it was written. */
class ClaimStampsTest {

    /** A claim's stamps as "seconds@position". */
    private static List<String> placed(Claim claim) {
        return claim.timestamps().stream().map(t -> t.seconds() + "@" + t.position()).toList();
    }

    @Test
    void three_sentences_each_followed_by_its_stamp() {
        Note note = parse(note("One fact here " + a("00:00:01") + ". Two more facts " + a("00:00:02") + ". Three " + a("00:00:03") + "."));

        assertThat(texts(note)).containsExactly("One fact here.", "Two more facts.", "Three.");
        assertThat(note.claims()).extracting(ClaimStampsTest::placed)
                .containsExactly(List.of("1@13"), List.of("2@14"), List.of("3@5"));
    }

    @Test
    void a_stamp_between_two_sentences_of_one_line_belongs_to_the_first() {
        Note note = parse(note("First sentence. " + a("00:00:10") + " Second sentence " + a("00:00:20") + "."));

        assertThat(texts(note)).containsExactly("First sentence.", "Second sentence.");
        assertThat(note.claims()).extracting(ClaimStampsTest::placed).containsExactly(List.of("10@15"), List.of("20@15"));
    }

    @Test
    void two_stamps_after_one_sentence_keep_their_order() {
        Note note = parse(note("It was said twice " + a("00:00:09") + ", " + a("00:00:04") + ". Then another " + a("00:00:12") + "."));

        assertThat(texts(note)).containsExactly("It was said twice.", "Then another.");
        assertThat(placed(note.claims().get(0))).containsExactly("9@17", "4@17");
    }

    @Test
    void stamps_inside_a_sentence_stand_where_they_were_written() {
        Note note = parse(note("It helps engineering " + a("00:00:17") + ", where it solves equations " + a("00:00:20")
                + " and converts signals " + a("00:00:25") + "."));

        Claim claim = note.claims().get(0);
        assertThat(claim.text()).isEqualTo("It helps engineering, where it solves equations and converts signals.");
        assertThat(placed(claim)).containsExactly("17@20", "20@47", "25@68");
        assertThat(claim.text().substring(0, 20)).isEqualTo("It helps engineering");
    }

    @Test
    void bare_and_markdown_link_stamps_grouped_in_parentheses_are_stamps_and_leave_no_brackets() {
        Note note = parse(note("Grouped moments ([00:00:15](#t=00:00:15), [00:00:20](#t=00:00:20)). Bare one [00:17:33]."));

        assertThat(texts(note)).containsExactly("Grouped moments.", "Bare one.");
        assertThat(placed(note.claims().get(0))).containsExactly("15@15", "20@15");
        assertThat(placed(note.claims().get(1))).containsExactly("1053@8");
    }

    @Test
    void stamps_opening_a_line_after_a_timed_sentence_belong_to_the_next() {
        Note note = parse(note("First claim " + a("00:00:10") + ".", a("00:00:20") + " Second claim."));

        assertThat(note.claims()).extracting(ClaimStampsTest::placed).containsExactly(List.of("10@11"), List.of("20@0"));
    }

    @Test
    void an_anchor_with_a_broken_opening_tag_swallows_nothing_and_is_reported_with_its_line() {
        Note note = parse(note("Previous claim " + a("00:01:00") + ". Then one <a class=\"yt-timestamp. Next sentence is here "
                + a("00:01:54") + "."));

        assertThat(texts(note)).containsExactly("Previous claim.", "Then one.", "Next sentence is here.");
        assertThat(note.claims()).extracting(ClaimStampsTest::placed).containsExactly(List.of("60@14"), List.of(), List.of("114@21"));
        assertThat(note.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.reason()).contains("broken timestamp anchor '<a class=\"yt-timestamp'");
        });
    }

    @Test
    void an_unclosed_anchor_a_missing_data_t_and_a_disagreeing_one_each_follow_the_one_rule_and_are_reported() {
        Note note = parse(note("Unclosed <a class=\"yt-timestamp\" data-t=\"00:02:00\">[00:02:00] goes on.",
                "No time attribute <a class=\"yt-timestamp\">[00:02:10]</a>.", "Differ <a class=\"yt-timestamp\" data-t=\"00:02:20\">[00:02:25]</a>."));

        assertThat(texts(note)).containsExactly("Unclosed goes on.", "No time attribute.", "Differ.");
        assertThat(note.claims()).extracting(ClaimStampsTest::placed)
                .containsExactly(List.of("120@8"), List.of("130@17"), List.of("140@6"));
        assertThat(note.problems()).extracting(NoteProblem::line, p -> p.reason().substring(0, 30)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(8, "timestamp anchor is not closed"),
                org.assertj.core.groups.Tuple.tuple(9, "timestamp anchor has no data-t"),
                org.assertj.core.groups.Tuple.tuple(10, "timestamp anchor has data-t=\"0"));
    }
}
