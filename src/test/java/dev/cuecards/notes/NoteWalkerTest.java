package dev.cuecards.notes;

import static dev.cuecards.notes.Markdown.a;
import static dev.cuecards.notes.Markdown.claim;
import static dev.cuecards.notes.Markdown.note;
import static dev.cuecards.notes.Markdown.parse;
import static dev.cuecards.notes.Markdown.seconds;
import static dev.cuecards.notes.Markdown.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoteWalkerTest {

    @Test
    void bold_term_bullets_give_the_term_and_its_description() {
        Note note = parse(note(
                "*   **Sagemaker**: Amazon announced Sagemaker " + a("00:00:18") + ".",
                "*   **Dedicated Keynotes:** A custom ML keynote " + a("00:00:21") + ".",
                "- **Cloud Services** Hosted offerings " + a("00:00:24") + ".",
                "*   **[[Amazon Web Services AWS | AWS]]**: Runs TensorFlow " + a("00:00:26") + "."));

        assertThat(texts(note)).containsExactly("Amazon announced Sagemaker.", "A custom ML keynote.", "Hosted offerings.", "Runs TensorFlow.");
        assertThat(note.claims()).extracting(c -> ((ClaimRole.TermItem) c.role()).term())
                .containsExactly("Sagemaker", "Dedicated Keynotes", "Cloud Services", "AWS");
        assertThat(claim(note, "Runs").linkTargets()).containsExactly("Amazon Web Services AWS");
    }

    @Test
    void a_bold_word_inside_a_sentence_is_not_a_term() {
        Note note = parse(note("* **Sagemaker** is a key offering " + a("00:00:18") + "."));

        Claim claim = note.claims().get(0);
        assertThat(claim.text()).isEqualTo("Sagemaker is a key offering.");
        assertThat(claim.role()).isInstanceOf(ClaimRole.ListItem.class);
        assertThat(claim.boldTerms()).containsExactly("Sagemaker");
    }

    @Test
    void a_term_item_with_two_sentences_gives_two_claims_with_the_same_term() {
        Note note = parse(note("*   **Container Services**: ECS is its own " + a("00:00:30") + ". Amazon prefers ECS " + a("00:00:38") + "."));

        assertThat(note.claims()).extracting(Claim::role).containsOnly(
                new ClaimRole.TermItem("Container Services", Optional.empty(), Optional.empty()));
        assertThat(texts(note)).containsExactly("ECS is its own.", "Amazon prefers ECS.");
    }

    @Test
    void a_numbered_list_knows_its_lead_in_and_step_numbers() {
        Note note = parse(note("To generate a longer piece of text:", "1.  Predict a word " + a("00:01:00") + ".",
                "2.  Append it " + a("00:01:10") + ".", "3.  Repeat " + a("00:01:20") + "."));

        assertThat(note.claims().subList(1, 4)).extracting(Claim::role).containsExactly(
                new ClaimRole.NumberedStep(1, Optional.of("To generate a longer piece of text"), 1),
                new ClaimRole.NumberedStep(2, Optional.of("To generate a longer piece of text"), 1),
                new ClaimRole.NumberedStep(3, Optional.of("To generate a longer piece of text"), 1));
        assertThat(note.claims().get(0).text()).isEqualTo("To generate a longer piece of text:");
    }

    @Test
    void nested_items_take_their_parent_term_as_lead_in() {
        Note note = parse(note("1.  **Technical Impossibility**: Servers were not shared " + a("00:02:42") + ".",
                "    *   Servers were customized " + a("00:02:53") + ".",
                "    *   No multi-tenant security " + a("00:03:04") + "."));

        assertThat(claim(note, "Servers were customized").role())
                .isEqualTo(new ClaimRole.ListItem(Optional.of("Technical Impossibility"), 2));
        assertThat(texts(note)).hasSize(3);
    }

    @Test
    void an_item_keeps_its_continuation_paragraphs_and_quotes_inside_it() {
        Note note = parse(note("3.  Select your country " + a("00:02:29") + ".", "",
                "    Then save the page " + a("00:02:31") + ".", "",
                "    > If you don't know your ID:", "    > 1.  Go to the Amazon page " + a("00:02:37") + "."));

        assertThat(claim(note, "Then save").role()).isEqualTo(new ClaimRole.NumberedStep(3, Optional.empty(), 1));
        assertThat(claim(note, "Go to the Amazon").role())
                .isEqualTo(new ClaimRole.NumberedStep(1, Optional.of("If you don't know your ID"), 1));
        assertThat(seconds(claim(note, "Go to the Amazon"))).containsExactly(157);
    }

    @Test
    void a_callout_gives_its_title_to_every_line_of_its_body() {
        Note note = parse(note("> [!NOTE] Importance of Data Locality",
                "> Running models near the data is the most critical factor " + a("00:01:08") + ".",
                "> It keeps customers on AWS " + a("00:01:12") + "."));

        ClaimRole.Callout role = new ClaimRole.Callout("note", Optional.of("Importance of Data Locality"));
        assertThat(note.claims()).extracting(Claim::role).containsExactly(role, role);
        assertThat(seconds(note.claims().get(0))).containsExactly(68);
    }

    @Test
    void untitled_lowercase_and_spaced_callout_types_are_read() {
        Note note = parse(note("> [!info]", "> Body one " + a("00:00:01") + ".", "", "> [!PRO TIP]",
                "> Body two " + a("00:00:02") + ".", "", "> [!warning] Careful", ">", "> Body three " + a("00:00:03") + "."));

        assertThat(note.claims()).extracting(Claim::role).containsExactly(
                new ClaimRole.Callout("info", Optional.empty()),
                new ClaimRole.Callout("pro tip", Optional.empty()),
                new ClaimRole.Callout("warning", Optional.of("Careful")));
    }

    @Test
    void a_fenced_callout_with_colons_holds_the_paragraphs_up_to_its_closing_fence() {
        Note note = parse(note(":::caution Dispelled Myth", "The story is a myth " + a("00:06:17") + ".", "",
                "It short sells Amazon " + a("00:06:51") + ".", ":::", "", "After the fence " + a("00:07:00") + "."));

        ClaimRole.Callout role = new ClaimRole.Callout("caution", Optional.of("Dispelled Myth"));
        assertThat(note.claims()).extracting(Claim::role).containsExactly(role, role, new ClaimRole.Sentence());
        assertThat(texts(note)).containsExactly("The story is a myth.", "It short sells Amazon.", "After the fence.");
    }

    @Test
    void an_html_callout_div_takes_its_bold_first_line_as_title_and_text_after_it_is_prose() {
        Note note = parse(note("<div class=\"callout\">", "**Formula for Lattice Points**", "*r*(*n*) ≈ 4 Σ<sub>*d*|*n*</sub> χ(*d*)",
                "</div>", "This formula links them " + a("02:29:29") + "."));

        assertThat(note.claims().get(0).role()).isEqualTo(new ClaimRole.Callout("callout", Optional.of("Formula for Lattice Points")));
        assertThat(texts(note)).containsExactly("r(n) ≈ 4 Σ_(d|n) χ(d)", "This formula links them.");
        assertThat(claim(note, "This formula").line()).isEqualTo(12);
    }

    @Test
    void a_plain_block_quote_gives_quote_claims() {
        Note note = parse(note("> \"The story is a myth. It was never about capacity\" " + a("00:06:06") + "."));

        assertThat(texts(note)).containsExactly("\"The story is a myth.", "It was never about capacity\".");
        assertThat(note.claims()).extracting(Claim::role).containsOnly(new ClaimRole.Quote());
    }

    @Test
    void each_table_row_is_a_claim_with_the_timestamps_of_all_its_cells() {
        Note note = parse(note("| Feature | Relational | NoSQL |", "| :--- | :--- | :--- |",
                "| **Cost** | Expensive " + a("06:09") + " | Inexpensive " + a("05:47") + " |",
                "| Flexibility | Less flexible | More flexible |"));

        assertThat(texts(note)).containsExactly("Cost — Relational: Expensive; NoSQL: Inexpensive",
                "Flexibility — Relational: Less flexible; NoSQL: More flexible");
        assertThat(seconds(note.claims().get(0))).containsExactly(369, 347);
        assertThat(note.claims().get(0).role()).isEqualTo(new ClaimRole.TableRow(
                List.of("Feature", "Relational", "NoSQL"), List.of("Cost", "Expensive", "Inexpensive")));
    }

    @Test
    void a_timestamp_in_a_heading_makes_the_heading_a_claim_and_leaves_the_section_title_clean() {
        Note note = parse(note("## Plugin Installation " + a("00:00:56"), "", "### 1. Search Bar (WPAS\\_Search) " + a("00:05:25")));

        assertThat(texts(note)).containsExactly("Plugin Installation", "1. Search Bar (WPAS_Search)");
        assertThat(note.sections()).extracting(Section::path).containsExactly(
                List.of("Plugin Installation"), List.of("Plugin Installation", "1. Search Bar (WPAS_Search)"));
    }

    @Test
    void wiki_links_in_headings_and_table_cells_show_their_alias() {
        Note note = parse(note("## [[comparison_of_databases | Database Comparison]]", "| Engine | Use |", "|---|---|",
                "| [[redis_notes | Redis]] | Caching " + a("06:25") + " |"));

        assertThat(note.sections()).extracting(Section::title).containsExactly("Database Comparison");
        assertThat(note.claims().get(0).text()).isEqualTo("Redis — Use: Caching");
        assertThat(note.claims().get(0).linkTargets()).containsExactly("redis_notes");
        assertThat(note.claims().get(0).sectionPath()).containsExactly("Database Comparison");
    }

    @Test
    void claims_carry_the_path_of_headings_above_them_and_question_headings_are_known() {
        Note note = parse(note("## Types", "### What is OP_RETURN?", "It holds data " + a("00:58:02") + ".", "## Other", "Elsewhere " + a("00:59:00") + "."));

        assertThat(claim(note, "It holds").sectionPath()).containsExactly("Types", "What is OP_RETURN?");
        assertThat(claim(note, "Elsewhere").sectionPath()).containsExactly("Other");
        assertThat(note.sections()).extracting(Section::isQuestion).containsExactly(false, true, false);
    }

    @Test
    void an_anchor_inside_a_code_block_makes_that_code_line_a_claim() {
        Note note = parse(note("```typescript", "import { x } from 'y';", "return NextResponse.redirect('/settings'); " + a("00:16:33"), "```"));

        assertThat(texts(note)).containsExactly("return NextResponse.redirect('/settings');");
        assertThat(note.claims().get(0).role()).isEqualTo(new ClaimRole.CodeLine());
        assertThat(note.claims().get(0).line()).isEqualTo(10);
    }

    @Test
    void a_list_inside_a_quote_is_read_as_a_list() {
        Note note = parse(note("> Steps:", "> - Open it " + a("00:00:01") + ".", "> - Close it " + a("00:00:02") + "."));

        assertThat(claim(note, "Open it").role()).isEqualTo(new ClaimRole.ListItem(Optional.of("Steps"), 1));
    }

    @Test
    void a_transclusion_alone_in_a_paragraph_makes_no_claim() {
        Note note = parse(note("Before " + a("00:00:01") + ".", "", "![[integrating_ai#AGUI Architecture]]", "", "After " + a("00:00:02") + "."));

        assertThat(texts(note)).containsExactly("Before.", "After.");
    }
}
