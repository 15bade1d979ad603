package dev.cuecards.study;

import java.time.Duration;

/**
 * Today at a glance.
 *
 * @param studied     answers given today
 * @param timeSpent   the time those answers took, summed
 * @param againRate   the share of those answers that were Again, 0..1; 0 when there were none
 * @param dueTomorrow studied cards (neither New, retired, suspended nor flagged) due before the next study day ends:
 *                    what is left for today and what tomorrow brings
 */
public record DaySummary(int studied, Duration timeSpent, double againRate, int dueTomorrow) {

    public DaySummary {
        if (studied < 0 || dueTomorrow < 0) {
            throw new IllegalArgumentException("counts must not be negative, got " + studied + " studied and "
                    + dueTomorrow + " due tomorrow");
        }
        if (timeSpent == null || timeSpent.isNegative()) {
            throw new IllegalArgumentException("time spent must not be negative, got " + timeSpent);
        }
        if (!(againRate >= 0 && againRate <= 1)) {
            throw new IllegalArgumentException("again rate must be 0..1, got " + againRate);
        }
    }
}
