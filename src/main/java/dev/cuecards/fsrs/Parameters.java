package dev.cuecards.fsrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The 21 FSRS-6 weights w0..w20, each within its documented bounds (spec "Parameters").
 * Build with {@link #of(double...)} or {@link #parse(String)}, which reject anything but 21 finite numbers and then
 * clamp; the constructor itself only accepts values that are already within bounds.
 */
public record Parameters(List<Double> weights) {

    /** Number of weights in an FSRS-6 vector. */
    public static final int COUNT = 21;

    private static final double[] DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    // Bounds of w0..w20; w17 and w18 get their upper bound c from the relearning steps (see relearningBound).
    private static final double[] LOWER = {
        0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
        0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1,
    };
    private static final double[] UPPER = {
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
        5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8,
    };

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    public Parameters {
        weights = List.copyOf(weights);
        requireCount(weights.size());
        for (int i = 0; i < COUNT; i++) {
            double w = weights.get(i);
            requireFinite(i, w);
            if (w < LOWER[i] || w > UPPER[i]) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "w%d must be in [%s, %s], got %s (Parameters.of clamps)", i, LOWER[i], UPPER[i], w));
            }
        }
    }

    /** The FSRS-6 default weights. */
    public static Parameters defaults() {
        return of(DEFAULTS);
    }

    /** Checks that {@code weights} holds exactly 21 finite numbers, then clamps each to its bounds (c = 2). */
    public static Parameters of(double... weights) {
        requireCount(weights.length);
        List<Double> clamped = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            requireFinite(i, weights[i]);
            clamped.add(clamp(weights[i], LOWER[i], UPPER[i]));
        }
        return new Parameters(clamped);
    }

    /** As {@link #of(double...)}, from a list; a missing (null) weight is rejected. */
    public static Parameters of(List<? extends Number> weights) {
        double[] values = new double[weights.size()];
        for (int i = 0; i < values.length; i++) {
            Number w = weights.get(i);
            if (w == null) {
                throw new IllegalArgumentException("w" + i + " is missing");
            }
            values[i] = w.doubleValue();
        }
        return of(values);
    }

    /** Parses {@code "w0,w1,...,w20"} (commas, optional spaces), then validates and clamps as {@link #of(double...)}. */
    public static Parameters parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("parameters must be 21 comma-separated numbers, got nothing");
        }
        String[] parts = trimmed.split(",", -1);
        requireCount(parts.length);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parseWeight(i, parts[i].strip());
        }
        return of(values);
    }

    /** Weight {@code wi}. */
    public double w(int i) {
        return weights.get(i);
    }

    /** These weights with w17 and w18 clamped to [0, c] for {@code relearningStepCount} steps (spec "Parameters"). */
    public Parameters forRelearningSteps(int relearningStepCount) {
        double c = relearningBound(relearningStepCount);
        List<Double> clamped = new ArrayList<>(weights);
        clamped.set(17, Math.min(w(17), c));
        clamped.set(18, Math.min(w(18), c));
        return new Parameters(clamped);
    }

    /** The upper bound c of w17 and w18: 2, or lower with two or more relearning steps (spec "Parameters"). */
    double relearningBound(int relearningStepCount) {
        if (relearningStepCount < 2) {
            return 2;
        }
        double sum = Math.log(w(11)) + Math.log(Math.pow(2, w(13)) - 1) + 0.3 * w(14);
        return clamp(Math.sqrt(Math.max(0, -sum / relearningStepCount)), 0.01, 2);
    }

    /** The weights as {@code "w0,w1,...,w20"}, readable by {@link #parse(String)}. */
    public String csv() {
        return weights.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static double parseWeight(int index, String text) {
        // Double.parseDouble alone would also take "1d", "0x1p3" or "NaN".
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("w" + index + " is not a decimal number: '" + text + "'");
        }
        return Double.parseDouble(text);
    }

    private static void requireCount(int count) {
        if (count != COUNT) {
            throw new IllegalArgumentException("parameters must be exactly 21 numbers (w0..w20), got " + count);
        }
    }

    private static void requireFinite(int index, double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("w" + index + " must be a finite number, got " + w);
        }
    }

    private static double clamp(double value, double lower, double upper) {
        return Math.min(Math.max(value, lower), upper);
    }
}
