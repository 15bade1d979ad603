package dev.cuecards.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualityGatesTest {

    private static Candidate cloze(String front, String answer) {
        return Candidate.of(CardKind.CLOZE, 0, front, answer + " — back", answer, answer);
    }

    @Test
    void a_sound_cloze_passes() {
        assertThat(QualityGates.rejection(cloze("AWS runs [...], an ML framework originally created by Google.", "TensorFlow"))).isEmpty();
    }

    @Test
    void markup_residue_is_rejected() {
        assertThat(QualityGates.rejection(cloze("AWS runs [...], see [[TensorFlow]] for more details here.", "TensorFlow")))
                .contains("markup residue");
        assertThat(QualityGates.rejection(cloze("AWS runs **[...]** as an ML framework made by Google.", "TensorFlow"))).contains("markup residue");
    }

    @Test
    void an_answer_showing_in_its_front_even_inside_a_word_is_rejected() {
        assertThat(QualityGates.rejection(cloze("The definition of \"[...]\" versus \"illegitimate\" transactions matters.", "legitimate")))
                .contains("answer in the front");
    }

    @Test
    void a_cloze_needs_a_gap_and_enough_words_around_it() {
        assertThat(QualityGates.rejection(cloze("AWS runs TensorFlow, an ML framework made by Google.", "Kubernetes"))).contains("cloze without a gap");
        assertThat(QualityGates.rejection(cloze("Select your [...].", "country"))).contains("too little around the gap");
    }

    @Test
    void a_front_opening_with_an_unresolved_pronoun_is_rejected_but_an_expletive_it_is_not() {
        assertThat(QualityGates.rejection(cloze("It stores data in memory for much faster [...].", "reads"))).contains("front opens with a pronoun");
        assertThat(QualityGates.rejection(cloze("It is crucial to iterate on ads and test new [...] every month.", "concepts"))).isEmpty();
    }

    @Test
    void choice_options_must_be_three_to_five_distinct_with_the_answer_once() {
        assertThat(QualityGates.optionsHold(List.of("1993", "1995", "1999", "2019"), "1993")).isTrue();
        assertThat(QualityGates.optionsHold(List.of("1993", "1995"), "1993")).isFalse();
        assertThat(QualityGates.optionsHold(List.of("1993", "1993", "1999", "2019"), "1993")).isFalse();
        assertThat(QualityGates.optionsHold(List.of("1994", "1995", "1999", "2019"), "1993")).isFalse();
    }

    @Test
    void a_non_cloze_front_must_be_a_question_of_sensible_length() {
        Candidate statement = Candidate.of(CardKind.TERM, 0, "Tell me about Sagemaker", "b", "an offering", "Sagemaker");
        Candidate tooShort = Candidate.of(CardKind.TERM, 0, "What?", "b", "an offering", "Sagemaker");

        assertThat(QualityGates.rejection(statement)).contains("front is not a question");
        assertThat(QualityGates.rejection(tooShort)).contains("front length 5");
    }
}
