package dev.cuecards.notes;

import static dev.cuecards.notes.Markdown.a;
import static dev.cuecards.notes.Markdown.parse;
import static dev.cuecards.notes.Markdown.reasons;
import static dev.cuecards.notes.Markdown.seconds;
import static dev.cuecards.notes.Markdown.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Forms found in real notes, each read as its writer meant it; what is not the note is reported and makes no claim. */
class NoteFormsTest {

    private static final String FRONT = "---\ntitle: Forms\nvideoId: abcdefghijk\n---\n\n";

    private static Note read(String... body) {
        return parse(FRONT + String.join("\n", body) + "\n");
    }

    @Test
    void a_body_inside_one_markdown_fence_is_read_as_the_note() {
        Note note = read("From: [[lexfridman]] <br/>", "```markdown", "# Title", "", "First claim " + a("00:00:05") + ".", "",
                "* Item one " + a("00:00:12") + ".", "```");

        assertThat(texts(note)).containsExactly("First claim.", "Item one.");
        assertThat(note.claims()).extracting(Markdown::seconds).containsExactly(List.of(5), List.of(12));
        assertThat(note.sections()).extracting(Section::title).containsExactly("Title");
        assertThat(note.claims().get(1).role()).isInstanceOf(ClaimRole.ListItem.class);
    }

    @Test
    void a_body_pasted_twice_is_read_once_and_reported() {
        String body = "Alpha claim " + a("00:00:05") + ". Beta claim " + a("00:00:09") + ".\n\n* Gamma item " + a("00:00:12") + ".\n";
        Note note = read("# Title", "", body, "# Title", "", body);

        assertThat(texts(note)).containsExactly("Alpha claim.", "Beta claim.", "Gamma item.");
        assertThat(note.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.reason()).contains("lines 14–16 repeat what lines 8 onwards already say", "read once");
        });
    }

    @Test
    void drafting_text_left_in_a_note_is_reported_and_makes_no_claim_up_to_the_next_heading() {
        Note note = read("Real claim " + a("00:00:05") + ". Closing thought.The user wants an article about X " + a("00:00:07") + ".",
                "", "Constraint Checklist & Confidence Score:", "1. Timestamps: Yes", "", "Mental Sandbox:",
                "* Be careful.# Title again", "", "After the leak " + a("00:00:20") + ".");

        assertThat(texts(note)).containsExactly("Real claim.", "Closing thought.", "After the leak.");
        assertThat(note.sections()).extracting(Section::title).containsExactly("Title again");
        assertThat(reasons(note)).anyMatch(r -> r.startsWith("drafting text left in the note ('The user wants an article")
                && r.contains("lines 6–12 are not read"));
    }

    @Test
    void a_table_row_thousands_of_characters_long_is_reported_and_read_as_its_cells() {
        Note note = read("| Pros | Cons |", "| :" + "-".repeat(30_000) + " | :" + "-".repeat(3000) + " |",
                "| Fast " + a("00:01:00") + " | Costly |");

        assertThat(texts(note)).containsExactly("Fast — Cons: Costly");
        assertThat(note.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.reason()).contains("a table row of 33,009 characters, nearly all padding; read as its 15 characters");
        });
    }

    @Test
    void rules_and_headings_inside_the_body_are_structure_not_claims() {
        Note note = read("Intro para " + a("00:00:01") + ".", "", "---", "", "# Heading In Body", "", "After rule " + a("00:00:02") + ".",
                "A line under which a rule was drawn reads as a sentence " + a("00:00:03") + ".", "---");

        assertThat(texts(note)).containsExactly("Intro para.", "After rule.", "A line under which a rule was drawn reads as a sentence.");
        assertThat(note.claims().get(2).sectionPath()).containsExactly("Heading In Body");
    }

    @Test
    void a_callout_whose_body_starts_on_its_marker_line_keeps_that_sentence_as_a_claim() {
        Note note = read("> [!NOTE] Story Protocol aims to be like a Visa for IP, a settlement layer " + a("00:47:48") + ".",
                "> Second line " + a("00:47:52") + ".");

        assertThat(texts(note)).containsExactly("Story Protocol aims to be like a Visa for IP, a settlement layer.", "Second line.");
        assertThat(note.claims()).extracting(Claim::role).containsOnly(new ClaimRole.Callout("note", Optional.empty()));
    }

    @Test
    void a_callout_fence_left_open_as_the_last_block_holds_what_follows_it() {
        Note note = read("Before " + a("00:00:01") + ".", "", ":::info Title Here", "Fenced body " + a("00:00:05") + ".");

        assertThat(note.claims().get(1).role()).isEqualTo(new ClaimRole.Callout("info", Optional.of("Title Here")));
        assertThat(texts(note)).containsExactly("Before.", "Fenced body.");
    }

    @Test
    void a_callout_div_closing_the_file_holds_everything_after_it() {
        Note note = read("Before div " + a("00:00:01") + ".", "", "<div class=\"callout note\">", "**Div Title**", "",
                "*   **1930s**: Gold confiscation " + a("00:01:28") + ".", "", "Div body " + a("00:00:02") + ".");

        assertThat(texts(note)).containsExactly("Before div.", "Gold confiscation.", "Div body.");
        assertThat(note.claims().get(2).role()).isEqualTo(new ClaimRole.Callout("note", Optional.of("Div Title")));
    }

    @Test
    void a_callout_div_closed_after_blank_lines_ends_at_its_closing_tag() {
        Note note = read("<div class=\"callout\">", "**Key Takeaway**", "", "Inside " + a("00:00:01") + ".", "</div>", "",
                "Outside " + a("00:00:02") + ".");

        assertThat(note.claims()).extracting(Claim::role).containsExactly(
                new ClaimRole.Callout("callout", Optional.of("Key Takeaway")), new ClaimRole.Sentence());
    }

    @Test
    void a_channel_line_with_an_alias_and_no_break_and_channel_ids_with_an_at_sign_are_read() {
        Note aliased = read("From: [[dwarkesh | The Dwarkesh Podcast]]", "First claim " + a("00:00:01") + ".");
        Note handle = read("From: [[@mrbeast]] <br/>", "", "First claim " + a("00:00:01") + ".");

        assertThat(aliased.channel()).contains("The Dwarkesh Podcast");
        assertThat(texts(aliased)).containsExactly("First claim.");
        assertThat(handle.channel()).contains("@mrbeast");
    }

    @Test
    void a_wiki_link_with_an_alias_in_a_table_cell_is_one_cell() {
        Note note = read("| Engine | Use |", "|---|---|", "| [[redis_notes | Redis]] | Caching " + a("00:00:05") + " |");

        assertThat(texts(note)).containsExactly("Redis — Use: Caching");
        assertThat(note.claims().get(0).linkTargets()).containsExactly("redis_notes");
    }

    @Test
    void angle_brackets_inside_code_spans_are_code() {
        Note note = read("Call `getIt<CounterService>()` and `<script>` safely " + a("00:00:06") + ".");

        assertThat(texts(note)).containsExactly("Call getIt<CounterService>() and <script> safely.");
    }

    @Test
    void a_link_to_a_heading_reads_as_its_page() {
        Note note = read("Snapshots are kept in [[Redis#Persistence]] " + a("00:00:07") + ".");

        assertThat(texts(note)).containsExactly("Snapshots are kept in Redis.");
        assertThat(note.claims().get(0).linkTargets()).containsExactly("Redis");
    }

    @Test
    void times_with_a_one_digit_field_read_as_they_plainly_mean_with_a_warning() {
        Note note = read("Early " + a("00:5:52") + ". Later " + a("01:5:07") + ".");

        assertThat(note.claims()).extracting(Markdown::seconds).containsExactly(List.of(352), List.of(3907));
        assertThat(reasons(note)).contains("timestamp '00:5:52' has a one-digit field; it is read as 00:05:52");
    }

    @Test
    void times_written_as_links_to_a_time_or_with_a_time_as_alias_are_stamps() {
        Note note = read("The setting matters. [[01:52:00]] [[01:55:00]] Then more [[notes | [00:10:08]]].");

        assertThat(texts(note)).containsExactly("The setting matters.", "Then more.");
        assertThat(seconds(note.claims().get(0))).containsExactly(112, 115);
        assertThat(seconds(note.claims().get(1))).containsExactly(608);
    }

    @Test
    void control_characters_never_reach_a_claim_and_are_reported() {
        Note note = read("Con\u0001trol \u0007chars " + a("00:02:30") + ".");

        assertThat(texts(note)).containsExactly("Control chars.");
        assertThat(reasons(note)).contains("2 control characters were taken out of the note (the first on this line)");
    }

    @Test
    void a_time_shaped_bracket_that_is_no_time_is_reported_and_left_out() {
        Note note = read("Deployment is the main hurdle [01:19:64].");

        assertThat(texts(note)).containsExactly("Deployment is the main hurdle.");
        assertThat(reasons(note)).anyMatch(r -> r.contains("malformed timestamp '01:19:64'"));
    }
}
