package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTest {

    @Test
    void ratings_are_numbered_one_to_four() {
        assertThat(Rating.of(1)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.of(2)).isEqualTo(Rating.HARD);
        assertThat(Rating.of(3)).isEqualTo(Rating.GOOD);
        assertThat(Rating.of(4)).isEqualTo(Rating.EASY);
        assertThat(Rating.EASY.value()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 7, -1})
    void a_number_outside_one_to_four_is_rejected_with_the_number(int value) {
        assertThatThrownBy(() -> Rating.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rating must be 1..4, got " + value);
    }

    @Test
    void card_states_print_as_in_the_replay_output() {
        assertThat(CardState.values()).extracting(CardState::toString)
                .containsExactly("New", "Learning", "Review", "Relearning");
        assertThat(CardState.fromLabel("Relearning")).isEqualTo(CardState.RELEARNING);
    }

    @Test
    void an_unknown_state_name_is_rejected() {
        assertThatThrownBy(() -> CardState.fromLabel("REVIEW"))
                .hasMessage("state must be New, Learning, Review or Relearning, got REVIEW");
    }
}
