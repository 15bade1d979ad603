package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;

/** The spec's tolerance for stability and difficulty: max(1e-6 relative, 1e-7 absolute). */
final class Tolerance {

    private Tolerance() {
    }

    static void assertClose(double actual, double expected, String what) {
        double allowed = Math.max(1e-6 * Math.abs(expected), 1e-7);
        assertThat(actual).as(what).isCloseTo(expected, Offset.offset(allowed));
    }
}
