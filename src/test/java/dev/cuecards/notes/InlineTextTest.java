package dev.cuecards.notes;

import static dev.cuecards.notes.Markdown.a;
import static dev.cuecards.notes.Markdown.note;
import static dev.cuecards.notes.Markdown.parse;
import static dev.cuecards.notes.Markdown.reasons;
import static dev.cuecards.notes.Markdown.seconds;
import static dev.cuecards.notes.Markdown.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineTextTest {

    private static Claim only(String line) {
        Note note = parse(note(line));
        assertThat(note.claims()).hasSize(1);
        return note.claims().get(0);
    }

    @Test
    void wiki_links_show_their_alias_or_target_and_remember_the_target() {
        Claim claim = only("[[Amazon Web Services AWS | AWS]] and [[Kubernetes]] and [[a | b | Amazon]] and [[Nvidia|Nvidia]]'s chips " + a("00:00:01") + ".");

        assertThat(claim.text()).isEqualTo("AWS and Kubernetes and Amazon and Nvidia's chips.");
        assertThat(claim.linkTargets()).containsExactly("Amazon Web Services AWS", "Kubernetes", "a", "Nvidia");
        assertThat(claim.linkTexts()).containsExactly("AWS", "Kubernetes", "Amazon", "Nvidia");
    }

    @Test
    void a_link_to_a_heading_shows_the_page_and_a_transclusion_vanishes() {
        Claim claim = only("See [[note#Heading]] here ![[other#Part]] now " + a("00:00:01") + ".");

        assertThat(claim.text()).isEqualTo("See note here now.");
        assertThat(claim.linkTargets()).containsExactly("note");
    }

    @Test
    void emphasis_markers_go_and_bold_phrases_are_remembered() {
        Claim claim = only("A **multiplicative** function *f* with __strong__ and _soft_ and ***both*** words " + a("00:00:01") + ".");

        assertThat(claim.text()).isEqualTo("A multiplicative function f with strong and soft and both words.");
        assertThat(claim.boldTerms()).containsExactly("multiplicative", "strong", "both");
    }

    @Test
    void underscores_inside_words_and_escaped_characters_are_kept() {
        Claim claim = only("Use snake_case_name and WPAS\\_Search and \\*literal\\* " + a("00:00:01") + ".");

        assertThat(claim.text()).isEqualTo("Use snake_case_name and WPAS_Search and *literal*.");
    }

    @Test
    void code_spans_keep_their_content_verbatim() {
        Claim claim = only("Import `NextRequest` from `next/server` and call `request.json()` or `a*b*c` " + a("00:15:40") + ".");

        assertThat(claim.text()).isEqualTo("Import NextRequest from next/server and call request.json() or a*b*c.");
    }

    @Test
    void bare_bracketed_times_are_timestamps_but_other_brackets_are_text() {
        Note note = parse(note("Nvidia had 90 competitors [01:40:43]. This meant low margins [01:40:40].",
                "", "Words [and] position[ing] stay, as does \\left[ x \\right] here."));

        assertThat(texts(note)).containsExactly("Nvidia had 90 competitors.", "This meant low margins.",
                "Words [and] position[ing] stay, as does \\left[ x \\right] here.");
        assertThat(seconds(note.claims().get(0))).containsExactly(6043);
    }

    @Test
    void the_data_t_value_wins_over_the_anchor_text_and_empty_anchor_text_is_fine() {
        Note note = parse(note("Differs <a class=\"yt-timestamp\" data-t=\"00:02:00\">[00:01:58]</a>. Empty <a class=\"yt-timestamp\" data-t=\"00:00:30\"></a>."));

        assertThat(texts(note)).containsExactly("Differs.", "Empty.");
        assertThat(seconds(note.claims().get(0))).containsExactly(120);
        assertThat(seconds(note.claims().get(1))).containsExactly(30);
    }

    @Test
    void a_malformed_anchor_still_gives_its_data_t_time_and_leaves_no_residue() {
        Claim claim = only("Broken anchor <a class=\"yt-timestamp\" data-t=\"00:02:00\">[00:01:58\">[00:02:00]</a> here.");

        assertThat(claim.text()).isEqualTo("Broken anchor here.");
        assertThat(seconds(claim)).containsExactly(120);
    }

    @Test
    void an_unclosed_anchor_is_reported_and_the_text_after_it_survives() {
        Note note = parse(note("Open anchor <a class=\"yt-timestamp\" data-t=\"00:00:05\">[00:00:05] and the rest of the sentence."));

        assertThat(texts(note)).containsExactly("Open anchor and the rest of the sentence.");
        assertThat(seconds(note.claims().get(0))).containsExactly(5);
        assertThat(reasons(note)).anyMatch(r -> r.contains("not closed with </a>"));
    }

    @Test
    void anchors_in_parentheses_leave_no_empty_brackets() {
        Claim claim = only("Assuming s > 0 (" + a("00:06:34") + ") the term vanishes " + a("00:07:00") + ".");

        assertThat(claim.text()).isEqualTo("Assuming s > 0 the term vanishes.");
        assertThat(seconds(claim)).containsExactly(394, 420);
    }

    @Test
    void inline_and_display_math_are_kept_whole_while_money_is_not_math() {
        Note note = parse(note("The anti-derivative of $e^{-st}$ is $-\\frac{1}{s}e^{-st}$ " + a("00:04:13") + ".",
                "", "Revenue was $500 million with a $200 million advance " + a("01:08:41") + ".",
                "", "$$", "\\mathcal{L}\\{1\\} = \\frac{1}{s}", "$$ " + a("00:07:04")));

        assertThat(texts(note)).containsExactly("The anti-derivative of $e^{-st}$ is $-\\frac{1}{s}e^{-st}$.",
                "Revenue was $500 million with a $200 million advance.", "$$ \\mathcal{L}\\{1\\} = \\frac{1}{s} $$");
    }

    @Test
    void html_line_breaks_superscripts_subscripts_and_entities_become_plain_text() {
        Claim claim = only("For 5<sup>3</sup> and p<sup>*k*</sup> and H<sub>2</sub>O,<br/>Q&amp;A &mdash; done " + a("00:00:01") + ".");

        assertThat(claim.text()).isEqualTo("For 5³ and p^k and H₂O, Q&A — done.");
    }

    @Test
    void markdown_links_show_their_text() {
        Claim claim = only("Read [the docs](https://example.com/docs) and <https://example.com> " + a("00:00:01") + ".");

        assertThat(claim.text()).isEqualTo("Read the docs and https://example.com.");
    }

    @Test
    void hostile_html_in_a_note_becomes_inert_text() {
        Claim claim = only("Click <script>alert(1)</script><img src=x onerror=alert(2)> here " + a("00:00:01") + ".");

        assertThat(claim.text()).isEqualTo("Click alert(1) here.");
    }

    @Test
    void a_malformed_time_is_reported_and_ignored_while_the_sentence_stays() {
        Note note = parse(note("Bad time " + a("99:99:99") + ". Short time <a class=\"yt-timestamp\" data-t=\"1:2\">[1:2]</a>."));

        assertThat(texts(note)).containsExactly("Bad time.", "Short time.");
        assertThat(note.claims()).allSatisfy(c -> assertThat(c.timestamps()).isEmpty());
        assertThat(reasons(note)).anyMatch(r -> r.contains("'99:99:99'")).anyMatch(r -> r.contains("'1:2'"));
    }
}
