package dev.cuecards.cards;

import static dev.cuecards.cards.Cards.a;
import static dev.cuecards.cards.Cards.generate;
import static dev.cuecards.cards.Cards.note;
import static dev.cuecards.cards.Cards.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.notes.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardKindsTest {

    @Test
    void a_copular_claim_about_a_named_thing_gives_a_definition() {
        List<CardDraft> cards = generate(note("db.md", "Databases", "Redis is an in-memory database often used as a cache " + a("06:25") + "."));

        CardDraft card = ofKind(cards, CardKind.DEFINITION).get(0);
        assertThat(card.front()).isEqualTo("What is Redis?");
        assertThat(card.answer()).isEqualTo("An in-memory database often used as a cache");
    }

    @Test
    void a_long_name_with_its_acronym_gives_an_acronym_card_but_a_mismatch_does_not() {
        List<CardDraft> cards = generate(note("mev.md", "Blockchains", "Proposer Builder Separation (PBS) is critical for Ethereum " + a("01:00") + ".",
                "", "Demand peaks in Q4 (the holiday shopping season) every year " + a("01:10") + "."));

        assertThat(ofKind(cards, CardKind.ACRONYM)).extracting(CardDraft::front, CardDraft::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("What does PBS stand for?", "Proposer Builder Separation"));
    }

    @Test
    void a_cause_gives_a_why_question_answered_by_the_reason() {
        List<CardDraft> cards = generate(note("aws.md", "Origins", "The story is prevalent because it offers a convenient explanation for the change " + a("05:50") + "."));

        CardDraft card = ofKind(cards, CardKind.EXPLAIN).get(0);
        assertThat(card.front()).isEqualTo("The story is prevalent. Why?");
        assertThat(card.answer()).isEqualTo("Because it offers a convenient explanation for the change.");
    }

    @Test
    void a_heading_phrased_as_a_question_is_answered_by_the_claims_under_it() {
        List<CardDraft> cards = generate(note("btc.md", "Bitcoin data", "## What is OP_RETURN?", "",
                "OP_RETURN is a dedicated space within Bitcoin transactions for arbitrary data " + a("58:02") + ".",
                "Currently this space has an 80-byte size limit " + a("59:02") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).anySatisfy(card -> {
            assertThat(card.front()).isEqualTo("What is OP_RETURN?");
            assertThat(card.answer()).contains("dedicated space", "80-byte size limit");
        });
    }

    @Test
    void a_numbered_list_with_a_lead_in_asks_for_its_items_in_order() {
        List<CardDraft> cards = generate(note("gen.md", "Text generation", "To generate a longer piece of text " + a("00:10") + ":",
                "1.  Predict the next word " + a("00:12") + ".", "2.  Append it to the text " + a("00:14") + ".",
                "3.  Repeat with the longer text " + a("00:16") + "."));

        CardDraft card = ofKind(cards, CardKind.LIST).get(0);
        assertThat(card.front()).isEqualTo("How do you generate a longer piece of text? Name all 3 steps, in order.");
        assertThat(card.answer()).isEqualTo("1. Predict the next word; 2. Append it to the text; 3. Repeat with the longer text");
        assertThat(card.source().seconds()).contains(10);
    }

    @Test
    void a_table_row_compares_the_columns_on_that_row() {
        List<CardDraft> cards = generate(note("db.md", "Databases", "| Feature | Relational (e.g., MySQL) | Document |", "|---|---|---|",
                "| Cost | Expensive " + a("06:09") + " | Cheap |"));

        CardDraft card = ofKind(cards, CardKind.COMPARE).get(0);
        assertThat(card.front()).isEqualTo("How do Relational and Document compare on cost?");
        assertThat(card.answer()).isEqualTo("Relational: Expensive; Document: Cheap.");
    }

    @Test
    void a_cloze_gaps_a_year_and_its_choice_offers_other_years_from_the_note() {
        Note note = note("nv.md", "Chips", "Nvidia was founded in 1993 by three engineers " + a("04:45") + ".",
                "", "The company shipped its first chip in 1995 to PC makers " + a("05:00") + ".",
                "", "It launched the GeForce brand in 1999 " + a("05:30") + ".", "", "It opened a design center in Taipei in 2001 " + a("06:00") + ".");

        List<CardDraft> cards = generate(note);

        CardDraft choice = cards.stream().filter(c -> c.kind() == CardKind.CHOICE && c.answer().equals("1993")).findFirst().orElseThrow();
        assertThat(choice.front()).isEqualTo("Nvidia was founded in [...] by three engineers.");
        assertThat(choice.options()).hasSize(4).containsOnlyOnce("1993").allMatch(o -> o.matches("\\d{4}"));
    }

    @Test
    void a_claim_said_over_two_moments_gets_a_gap_for_each_moment() {
        List<CardDraft> cards = generate(note("lap.md", "Transforms", "Laplace transforms turn convolution integrals into products " + a("00:00:17")
                + ", which also eases feedback linearization in control loops " + a("00:00:20") + "."));

        assertThat(ofKind(cards, CardKind.CLOZE)).extracting(c -> c.source().seconds().orElseThrow()).contains(17, 20);
    }

    @Test
    void a_pronoun_claim_is_shown_after_the_sentence_it_refers_to() {
        List<CardDraft> cards = generate(note("x.md", "Graphics", "Microsoft introduced Direct3D for Windows developers " + a("03:17") + ".",
                "This forced Nvidia to abandon quadrilaterals " + a("03:23") + "."));

        assertThat(cards).filteredOn(c -> c.source().seconds().orElse(0) == 203).allSatisfy(card ->
                assertThat(card.front()).startsWith("Microsoft introduced Direct3D for Windows developers. This forced"));
        assertThat(cards).noneMatch(c -> c.front().startsWith("This") || c.front().startsWith("It "));
    }
}
