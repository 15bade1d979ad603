package dev.cuecards.fsrs;

/** Whole-day intervals (spec "Intervals"): rounding, the maximum, and the Hard &lt; Good &lt; Easy ordering. */
final class Intervals {

    private Intervals() {
    }

    // Intervals: interval(S) = min(max(1, round(S·m)), maximum), rounding half up.
    static int base(double optimalDays, int maximumDays) {
        return (int) Math.min(Math.max(1, Math.round(optimalDays)), maximumDays);
    }

    /**
     * Review ordering (spec "Scheduling a review", 3): h = min(h, g); g = max(g, h + 1); e = max(e, g + 1).
     * The results are then capped at the maximum, which the ordering alone could pass by a day or two.
     */
    static int[] ordered(int hard, int good, int easy, int maximumDays) {
        int h = Math.min(hard, good);
        int g = Math.max(good, h + 1);
        int e = Math.max(easy, g + 1);
        return new int[] {Math.min(h, maximumDays), Math.min(g, maximumDays), Math.min(e, maximumDays)};
    }
}
