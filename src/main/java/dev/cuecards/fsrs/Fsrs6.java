package dev.cuecards.fsrs;

/**
 * The FSRS-6 memory model (spec "Memory model"), rounding to 8 decimals exactly where the reference does so that
 * results are bit-identical with ts-fsrs.
 */
public final class Fsrs6 implements MemoryModel {

    private final Parameters p;
    private final double decay;
    private final double factor;

    /** A model with these weights, used as given (clamping is the caller's: see {@link SchedulerSettings}). */
    public Fsrs6(Parameters parameters) {
        this.p = parameters;
        this.decay = -parameters.w(20);
        this.factor = factor(decay);
    }

    // Memory model: factor = 0.9^(1/decay) − 1, rounded.
    private static double factor(double decay) {
        return round8(Math.pow(0.9, 1 / decay) - 1);
    }

    // Memory model: R(t, S) = (1 + factor·t/S)^decay, rounded.
    @Override
    public double retrievability(double elapsedDays, double stability) {
        return round8(Math.pow(1 + factor * elapsedDays / stability, decay));
    }

    // Memory model, first review: S = max(w[G−1], 0.1); D = clamp(D0(G), 1, 10).
    @Override
    public MemoryState initialState(Rating rating) {
        return new MemoryState(initialStability(rating), clampDifficulty(initialDifficulty(rating)));
    }

    // Memory model, later reviews: all four ratings use the same t and R.
    @Override
    public MemoryState nextState(MemoryState before, long elapsedDays, Rating rating) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsed days must not be negative, got " + elapsedDays);
        }
        double s = before.stability();
        double d = before.difficulty();
        double stability;
        if (elapsedDays == 0) {
            stability = shortTermStability(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = rating == Rating.AGAIN
                    ? stabilityAfterLapse(d, s, r)
                    : stabilityAfterSuccess(d, s, r, rating);
        }
        return new MemoryState(stability, nextDifficulty(d, rating));
    }

    // Intervals: S·m with m = (r^(1/decay) − 1)/factor, rounded.
    @Override
    public double optimalIntervalDays(double stability, double desiredRetention) {
        return stability * intervalMultiplier(desiredRetention);
    }

    // Intervals: m = (r^(1/decay) − 1)/factor; exactly 1 for r = 0.9.
    double intervalMultiplier(double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("retention must be in (0, 1], got " + desiredRetention);
        }
        return round8((Math.pow(desiredRetention, 1 / decay) - 1) / factor);
    }

    // Memory model, first review: S0 = max(w[G−1], 0.1).
    double initialStability(Rating rating) {
        return Math.max(p.w(rating.value() - 1), 0.1);
    }

    // Memory model, first review: D0(G) = w4 − e^(w5·(G−1)) + 1, rounded, not clamped.
    double initialDifficulty(Rating rating) {
        return round8(p.w(4) - Math.exp(p.w(5) * (rating.value() - 1)) + 1);
    }

    // Memory model, difficulty: linear damping, then mean reversion to the unclamped D0(4), then clamp.
    double nextDifficulty(double difficulty, Rating rating) {
        double deltaD = -p.w(6) * (rating.value() - 3);
        double damped = difficulty + linearDamping(deltaD, difficulty);
        return clampDifficulty(meanReversion(initialDifficulty(Rating.EASY), damped));
    }

    // Memory model, difficulty: ΔD·(10 − D)/9, rounded.
    private static double linearDamping(double deltaD, double difficulty) {
        return round8(deltaD * (10 - difficulty) / 9);
    }

    // Memory model, difficulty: D″ = w7·D0(4) + (1 − w7)·D′, rounded.
    private double meanReversion(double target, double difficulty) {
        return round8(p.w(7) * target + (1 - p.w(7)) * difficulty);
    }

    // Memory model, stability with t > 0 and Hard/Good/Easy: S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1 − R)) − 1)·h·b).
    double stabilityAfterSuccess(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? p.w(15) : 1;
        double easyBonus = rating == Rating.EASY ? p.w(16) : 1;
        double growth = Math.exp(p.w(8)) * (11 - d) * Math.pow(s, -p.w(9)) * (Math.exp(p.w(10) * (1 - r)) - 1)
                * hardPenalty * easyBonus;
        return clampStability(s * (1 + growth));
    }

    // Memory model, stability with t > 0 and Again: Sf = w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1 − R)).
    double stabilityAfterForgetting(double d, double s, double r) {
        return clampStability(p.w(11) * Math.pow(d, -p.w(12)) * (Math.pow(s + 1, p.w(13)) - 1)
                * Math.exp(p.w(14) * (1 - r)));
    }

    // Memory model, stability with t > 0 and Again: S′ = min(Sf, S / e^(w17·w18)).
    double stabilityAfterLapse(double d, double s, double r) {
        double ceiling = round8(s / Math.exp(p.w(17) * p.w(18)));
        return clampStability(Math.min(stabilityAfterForgetting(d, s, r), ceiling));
    }

    // Memory model, stability with t = 0: S·e^(w17·(G − 3 + w18))·S^(−w19), the factor at least 1 unless Again.
    double shortTermStability(double s, Rating rating) {
        double increase = Math.exp(p.w(17) * (rating.value() - 3 + p.w(18))) * Math.pow(s, -p.w(19));
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return clampStability(s * increase);
    }

    // Memory model: clamp S to [0.001, 36500], then round.
    private static double clampStability(double s) {
        return round8(Math.min(Math.max(s, MemoryState.MIN_STABILITY), MemoryState.MAX_STABILITY));
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }

    // Memory model, rounding: 8 decimals, half up, as floor(x·1e8 + 0.5)/1e8.
    static double round8(double x) {
        return Math.floor(x * 1e8 + 0.5) / 1e8;
    }
}
