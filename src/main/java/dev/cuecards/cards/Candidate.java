package dev.cuecards.cards;

import java.util.List;

/**
 * A card before the quality gates and limits: what each kind's writer proposes.
 *
 * @param identity the key answer that, with note, kind and source second, makes the card's stable id
 * @param priority lower comes first when a claim or a note has more candidates than its limit allows
 * @param sourcePosition where in the claim's text the card's answer was said: the card links to the moment right
 *                       after it
 */
record Candidate(CardKind kind, int claimIndex, String front, String back, String answer, String identity,
                 List<String> options, int priority, int sourcePosition) {

    Candidate {
        options = List.copyOf(options);
    }

    static Candidate of(CardKind kind, int claimIndex, String front, String back, String answer, String identity) {
        return new Candidate(kind, claimIndex, front, back, answer, identity, List.of(), defaultPriority(kind), 0);
    }

    /** The same cloze asked as multiple choice among the given options; it keeps the cloze's place and id. */
    Candidate asChoice(List<String> choices) {
        return new Candidate(CardKind.CHOICE, claimIndex, front, back, answer, identity, choices, priority, sourcePosition);
    }

    Candidate withPriority(int value) {
        return new Candidate(kind, claimIndex, front, back, answer, identity, options, value, sourcePosition);
    }

    /** The moment this card links to in its claim. */
    java.util.Optional<Integer> seconds(dev.cuecards.notes.Claim claim) {
        return claim.timestampAfter(Math.max(0, sourcePosition)).map(dev.cuecards.notes.Timestamp::seconds);
    }

    /** The same card, linked to the moment said right after this place in its claim's text. */
    Candidate sourcedAfter(int position) {
        return new Candidate(kind, claimIndex, front, back, answer, identity, options, priority, position);
    }

    private static int defaultPriority(CardKind kind) {
        return switch (kind) {
            case DEFINITION -> 0;
            case ACRONYM -> 1;
            case TERM -> 2;
            case EXPLAIN -> 3;
            case COMPARE -> 3;
            case LIST -> 4;
            case CLOZE -> 5;
            case CHOICE -> 5;
        };
    }
}
