package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final String DEFAULTS = "0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, "
            + "0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542";

    private static double[] defaults() {
        return Parameters.defaults().weights().stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void defaults_are_the_fsrs6_vector_of_the_spec() {
        assertThat(Parameters.defaults()).isEqualTo(Parameters.parse(DEFAULTS));
        assertThat(Parameters.defaults().w(0)).isEqualTo(0.212);
        assertThat(Parameters.defaults().w(20)).isEqualTo(0.1542);
    }

    @Test
    void twenty_numbers_are_rejected() {
        double[] twenty = Arrays.copyOf(defaults(), 20);

        assertThatThrownBy(() -> Parameters.of(twenty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameters must be exactly 21 numbers (w0..w20), got 20");
    }

    @Test
    void twenty_two_numbers_in_text_are_rejected() {
        assertThatThrownBy(() -> Parameters.parse(DEFAULTS + ", 0.5"))
                .hasMessage("parameters must be exactly 21 numbers (w0..w20), got 22");
    }

    @Test
    void nan_is_rejected_with_its_position() {
        double[] weights = defaults();
        weights[5] = Double.NaN;

        assertThatThrownBy(() -> Parameters.of(weights)).hasMessage("w5 must be a finite number, got NaN");
    }

    @Test
    void infinity_is_rejected() {
        double[] weights = defaults();
        weights[0] = Double.POSITIVE_INFINITY;

        assertThatThrownBy(() -> Parameters.of(weights)).hasMessage("w0 must be a finite number, got Infinity");
    }

    @Test
    void text_that_is_not_a_number_is_rejected_with_its_position() {
        String text = DEFAULTS.replace("0.8334", "abc");

        assertThatThrownBy(() -> Parameters.parse(text)).hasMessage("w5 is not a decimal number: 'abc'");
        assertThatThrownBy(() -> Parameters.parse(DEFAULTS.replace("0.8334", "NaN")))
                .hasMessage("w5 is not a decimal number: 'NaN'");
        assertThatThrownBy(() -> Parameters.parse(" ")).hasMessageContaining("got nothing");
    }

    @Test
    void a_missing_list_element_is_rejected() {
        List<Double> weights = new java.util.ArrayList<>(Parameters.defaults().weights());
        weights.set(3, null);

        assertThatThrownBy(() -> Parameters.of(weights)).hasMessage("w3 is missing");
    }

    @Test
    void out_of_range_weights_are_clamped_to_their_bounds() {
        double[] weights = defaults();
        weights[0] = -1;
        weights[4] = 20;
        weights[7] = 0.9;
        weights[16] = 0.5;
        weights[17] = 3;
        weights[20] = 0.05;

        Parameters clamped = Parameters.of(weights);

        assertThat(clamped.w(0)).isEqualTo(0.001);
        assertThat(clamped.w(4)).isEqualTo(10);
        assertThat(clamped.w(7)).isEqualTo(0.75);
        assertThat(clamped.w(16)).isEqualTo(1);
        assertThat(clamped.w(17)).isEqualTo(2);
        assertThat(clamped.w(20)).isEqualTo(0.1);
        assertThat(clamped.w(1)).isEqualTo(1.2931);
    }

    @Test
    void the_constructor_refuses_unclamped_weights() {
        List<Double> weights = new java.util.ArrayList<>(Parameters.defaults().weights());
        weights.set(7, 0.9);

        assertThatThrownBy(() -> new Parameters(weights))
                .hasMessage("w7 must be in [0.001, 0.75], got 0.9 (Parameters.of clamps)");
    }

    @Test
    void bound_c_is_two_with_fewer_than_two_relearning_steps() {
        Parameters defaults = Parameters.defaults();

        assertThat(defaults.relearningBound(0)).isEqualTo(2);
        assertThat(defaults.relearningBound(1)).isEqualTo(2);
    }

    @Test
    void bound_c_shrinks_with_two_or_more_relearning_steps() {
        Parameters defaults = Parameters.defaults();
        double sum = Math.log(1.4835) + Math.log(Math.pow(2, 0.2629) - 1) + 0.3 * 1.6483;

        assertThat(defaults.relearningBound(2)).isCloseTo(Math.sqrt(-sum / 2), within(1e-12));
        assertThat(defaults.relearningBound(2)).isCloseTo(0.6005, within(1e-4));
        assertThat(defaults.relearningBound(3)).isCloseTo(Math.sqrt(-sum / 3), within(1e-12));
    }

    @Test
    void bound_c_is_at_least_one_hundredth() {
        double[] weights = defaults();
        weights[11] = 5;

        assertThat(Parameters.of(weights).relearningBound(2)).isEqualTo(0.01);
    }

    @Test
    void w17_and_w18_are_clamped_to_c_for_two_relearning_steps() {
        double[] weights = defaults();
        weights[17] = 1.5;
        weights[18] = 0.9;

        Parameters clamped = Parameters.of(weights).forRelearningSteps(2);

        double c = Parameters.defaults().relearningBound(2);
        assertThat(clamped.w(17)).isEqualTo(c);
        assertThat(clamped.w(18)).isEqualTo(c);
        assertThat(Parameters.of(weights).forRelearningSteps(1).w(17)).isEqualTo(1.5);
    }

    @Test
    void c_is_computed_from_the_already_clamped_weights() {
        double[] weights = defaults();
        weights[14] = -10;
        weights[17] = 1.9;
        double sum = Math.log(1.4835) + Math.log(Math.pow(2, 0.2629) - 1) + 0.3 * 0;

        Parameters clamped = Parameters.of(weights).forRelearningSteps(2);

        assertThat(clamped.w(17)).isCloseTo(Math.sqrt(-sum / 2), within(1e-12)).isCloseTo(0.78, within(0.01));
    }

    @Test
    void csv_round_trips_through_parse() {
        Parameters defaults = Parameters.defaults();

        assertThat(Parameters.parse(defaults.csv())).isEqualTo(defaults);
    }
}
