package dev.cuecards.cards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.notes.Note;
import dev.cuecards.notes.VaultReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cards the shipped sample note must give. */
class SeedCardsTest {

    private static List<CardDraft> cards;

    @BeforeAll
    static void generate() throws Exception {
        Path folder = Path.of(SeedCardsTest.class.getResource("/notes").toURI());
        List<Note> notes = VaultReader.read(folder).notes();
        cards = new CardGenerator(notes, GeneratorSettings.DEFAULTS).generate(notes.get(0));
    }

    @Test
    void asks_why_data_locality_matters_and_answers_that_ml_runs_near_where_customers_store_their_data() {
        CardDraft card = cards.stream().filter(c -> c.kind() == CardKind.EXPLAIN && c.front().toLowerCase().contains("data locality"))
                .findFirst().orElseThrow();

        assertThat(card.front()).startsWith("Why");
        assertThat(card.answer()).contains("near the data", "storage vendor", "migrated their data to AWS");
        assertThat(card.source().seconds()).contains(68);
        assertThat(card.source().url()).contains("https://www.youtube.com/watch?v=ifA0ZRiOmx0&t=68s");
        assertThat(card.context()).isEqualTo("Amazon Sagemaker and ML offerings › Strategic Positioning of ML Capabilities");
    }

    @Test
    void asks_how_aws_positions_ecs_versus_eks_with_both_sides_in_the_answer() {
        CardDraft card = Cards.ofKind(cards, CardKind.COMPARE).get(0);

        assertThat(card.front()).isEqualTo("How does AWS position ECS versus EKS?");
        assertThat(card.answer()).contains("providing Elastic Kubernetes Service (EKS) to serve customers who prefer Kubernetes",
                "encourage the use of their proprietary ECS");
        assertThat(card.source().seconds()).contains(30);
    }

    @Test
    void has_a_term_card_for_sagemaker() {
        assertThat(Cards.ofKind(cards, CardKind.TERM)).anySatisfy(card -> {
            assertThat(card.front()).isEqualTo("What is “Sagemaker”?");
            assertThat(card.answer()).isEqualTo("Amazon has announced Sagemaker as a key ML offering.");
            assertThat(card.source().seconds()).contains(18);
        });
    }

    @Test
    void has_a_cloze_on_tensorflow_being_created_by_google() {
        assertThat(cards).anySatisfy(card -> {
            assertThat(card.kind()).isIn(CardKind.CLOZE, CardKind.CHOICE);
            assertThat(card.answer()).isEqualTo("TensorFlow");
            assertThat(card.front()).isEqualTo("AWS runs [...], an ML framework originally created by Google.");
            assertThat(card.back()).contains("AWS runs TensorFlow, an ML framework originally created by Google.");
        });
    }

    @Test
    void expands_the_acronyms_and_asks_no_list_under_a_stem_that_does_not_say_how_many() {
        // "…evident through several initiatives:" over five headings reads, blind, as a list of labels to cram.
        assertThat(Cards.ofKind(cards, CardKind.LIST)).isEmpty();
        assertThat(Cards.ofKind(cards, CardKind.ACRONYM)).extracting(CardDraft::front, CardDraft::answer)
                .contains(org.assertj.core.groups.Tuple.tuple("What does EKS stand for?", "Elastic Kubernetes Service"));
    }

    @Test
    void every_card_links_to_one_of_its_claims_own_moments() {
        assertThat(cards).isNotEmpty().allSatisfy(card -> {
            assertThat(card.source().seconds()).isPresent();
            assertThat(card.source().url().orElseThrow()).startsWith("https://www.youtube.com/watch?v=ifA0ZRiOmx0&t=");
        });
    }
}
