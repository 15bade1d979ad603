package dev.cuecards.notes;

import static dev.cuecards.notes.Markdown.a;
import static dev.cuecards.notes.Markdown.claim;
import static dev.cuecards.notes.Markdown.note;
import static dev.cuecards.notes.Markdown.parse;
import static dev.cuecards.notes.Markdown.seconds;
import static dev.cuecards.notes.Markdown.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void each_sentence_of_a_paragraph_is_a_claim_with_its_own_anchors() {
        Note note = parse(note("First claim here " + a("00:00:06") + ". Second claim there " + a("00:00:14") + "."));

        assertThat(texts(note)).containsExactly("First claim here.", "Second claim there.");
        assertThat(seconds(note.claims().get(0))).containsExactly(6);
        assertThat(seconds(note.claims().get(1))).containsExactly(14);
    }

    @Test
    void does_not_split_on_abbreviations_initials_or_decimals() {
        Note note = parse(note("Tools (e.g. React, Vue) in the U.S. grew 3.5 times vs. last year " + a("00:00:10")
                + ". Dr. Vivek K. Singh spoke at Amazon.com i.e. online " + a("00:00:20") + "."));

        assertThat(texts(note)).containsExactly(
                "Tools (e.g. React, Vue) in the U.S. grew 3.5 times vs. last year.",
                "Dr. Vivek K. Singh spoke at Amazon.com i.e. online.");
    }

    @Test
    void several_anchors_after_one_sentence_all_belong_to_it_in_written_order() {
        Note note = parse(note("It was said twice. " + a("00:57:29") + ", " + a("00:57:56") + " " + a("00:57:40")));

        assertThat(texts(note)).containsExactly("It was said twice.");
        assertThat(seconds(note.claims().get(0))).containsExactly(3449, 3476, 3460);
    }

    @Test
    void anchors_after_the_full_stop_belong_to_the_sentence_before_them() {
        Note note = parse(note("One thing. " + a("00:58:02") + ", " + a("00:58:07") + " Currently, another. " + a("00:59:02")));

        assertThat(texts(note)).containsExactly("One thing.", "Currently, another.");
        assertThat(seconds(note.claims().get(0))).containsExactly(3482, 3487);
        assertThat(seconds(note.claims().get(1))).containsExactly(3542);
    }

    @Test
    void anchors_inside_a_sentence_stay_with_it() {
        Note note = parse(note("It helps in engineering " + a("00:00:17") + ", where it solves equations " + a("00:00:20")
                + " and converts signals " + a("00:00:25") + "."));

        assertThat(texts(note)).containsExactly("It helps in engineering, where it solves equations and converts signals.");
        assertThat(seconds(note.claims().get(0))).containsExactly(17, 20, 25);
    }

    @Test
    void an_untimed_sentence_is_a_claim_that_inherits_the_nearest_timestamp_of_its_paragraph() {
        Note note = parse(note("Timed first " + a("00:00:42") + ". Untimed second.", "", "Untimed lead. Timed later " + a("00:01:00") + "."));

        Claim second = claim(note, "Untimed second");
        Claim lead = claim(note, "Untimed lead");
        assertThat(second.isUntimed()).isTrue();
        assertThat(second.inherited()).map(Timestamp::seconds).contains(42);
        assertThat(second.linkTimestamp()).map(Timestamp::seconds).contains(42);
        assertThat(lead.inherited()).map(Timestamp::seconds).contains(60);
    }

    @Test
    void a_paragraph_without_any_timestamp_gives_untimed_claims_with_nothing_inherited() {
        Note note = parse(note("No time here. None here either."));

        assertThat(note.claims()).hasSize(2).allSatisfy(c -> {
            assertThat(c.isUntimed()).isTrue();
            assertThat(c.inherited()).isEmpty();
        });
    }

    @Test
    void a_line_ending_in_an_anchor_ends_its_claim_even_without_a_full_stop() {
        Note note = parse(note("Substitute the bounds: " + a("00:05:09"), "This simplifies to x " + a("00:06:03"), "(Since y = 1) " + a("00:05:47")));

        assertThat(texts(note)).containsExactly("Substitute the bounds:", "This simplifies to x", "(Since y = 1)");
    }

    @Test
    void an_anchor_opening_a_line_after_a_timed_sentence_belongs_to_the_next_sentence() {
        Note note = parse(note("First claim " + a("00:00:10") + ".", a("00:00:20") + " Second claim."));

        assertThat(seconds(claim(note, "First"))).containsExactly(10);
        assertThat(seconds(claim(note, "Second"))).containsExactly(20);
    }

    @Test
    void repeated_and_out_of_order_timestamps_are_kept_as_written() {
        Note note = parse(note("Late " + a("00:10:00") + ". Early " + a("00:01:00") + ". Again " + a("00:01:00") + "."));

        assertThat(note.claims()).extracting(Markdown::seconds).containsExactly(
                java.util.List.of(600), java.util.List.of(60), java.util.List.of(60));
    }

    @Test
    void timestamps_past_one_hour_and_with_one_digit_hours_are_read() {
        Note note = parse(note("Long video " + a("01:26:07") + ". Short form " + a("1:03:00") + "."));

        assertThat(seconds(note.claims().get(0))).containsExactly(5167);
        assertThat(seconds(note.claims().get(1))).containsExactly(3780);
    }

    @Test
    void each_claim_knows_its_source_line() {
        Note note = parse(note("Line one " + a("00:00:01") + ".", "", "Line three " + a("00:00:03") + "."));

        assertThat(note.claims()).extracting(Claim::line).containsExactly(8, 10);
    }
}
