package dev.cuecards.cards;

/**
 * Limits that keep a long note from flooding the day.
 *
 * @param maxCardsPerClaim at most this many cards from one claim
 * @param maxCardsPerNote  at most this many cards from one note
 */
public record GeneratorSettings(int maxCardsPerClaim, int maxCardsPerNote) {

    public static final GeneratorSettings DEFAULTS = new GeneratorSettings(3, 200);

    public GeneratorSettings {
        if (maxCardsPerClaim < 1 || maxCardsPerClaim > 20) {
            throw new IllegalArgumentException("cards per claim must be 1..20, got " + maxCardsPerClaim);
        }
        if (maxCardsPerNote < 1 || maxCardsPerNote > 1000) {
            throw new IllegalArgumentException("cards per note must be 1..1000, got " + maxCardsPerNote);
        }
    }
}
