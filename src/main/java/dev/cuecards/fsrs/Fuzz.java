package dev.cuecards.fsrs;

import java.nio.charset.StandardCharsets;

/**
 * Reproducible interval fuzz (spec "Fuzz"). The random number u comes from the card id and its review count, so a
 * preview and the answer that follows agree, and a replay repeats, on any JVM.
 */
final class Fuzz {

    /** Intervals below this many days are never fuzzed. */
    static final double SHORTEST_FUZZED = 2.5;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Fuzz() {
    }

    /** The inclusive range a fuzzed interval falls in. */
    record Range(int lowest, int highest) {
    }

    /**
     * u in [0, 1): FNV-1a (64 bit) over the UTF-8 bytes of the card id, a 0xFF separator (never part of UTF-8) and
     * the four bytes of {@code reps}, big-endian; that hash seeds one SplitMix64 step, whose top 53 bits give u.
     */
    static double unit(String cardId, int reps) {
        long hash = FNV_OFFSET;
        for (byte b : cardId.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        hash = (hash ^ 0xff) * FNV_PRIME;
        for (int shift = 24; shift >= 0; shift -= 8) {
            hash = (hash ^ ((reps >>> shift) & 0xff)) * FNV_PRIME;
        }
        return (splitMix64(hash) >>> 11) * 0x1.0p-53;
    }

    /** The fuzzed interval for u in [0, 1): a whole number of days in {@link #range}, or {@code interval} if short. */
    static int apply(int interval, long elapsedDays, int maximumDays, double u) {
        if (interval < SHORTEST_FUZZED) {
            return interval;
        }
        Range range = range(interval, elapsedDays, maximumDays);
        double fuzzed = Math.floor(u * (range.highest() - range.lowest() + 1) + range.lowest());
        // For u within a few ulps of 1 the double sum can round up to highest + 1.
        return (int) Math.min(fuzzed, range.highest());
    }

    // Fuzz: delta = 1 + 0.15·o(2.5, 7) + 0.10·o(7, 20) + 0.05·o(20, ∞); lo and hi around the interval.
    static Range range(int interval, long elapsedDays, int maximumDays) {
        double delta = 1 + 0.15 * overlap(interval, 2.5, 7) + 0.10 * overlap(interval, 7, 20)
                + 0.05 * overlap(interval, 20, Double.POSITIVE_INFINITY);
        long lowest = Math.max(2, Math.round(interval - delta));
        long highest = Math.min(Math.round(interval + delta), maximumDays);
        if (interval > elapsedDays) {
            lowest = Math.max(lowest, elapsedDays + 1);
        }
        lowest = Math.min(lowest, highest);
        return new Range((int) lowest, (int) highest);
    }

    private static double overlap(int interval, double from, double to) {
        return Math.max(0, Math.min(interval, to) - from);
    }

    private static long splitMix64(long seed) {
        long z = seed + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
