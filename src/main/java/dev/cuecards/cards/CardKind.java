package dev.cuecards.cards;

import java.util.Locale;

/** The kinds of card Cuecards writes, named as in the card JSON. */
public enum CardKind {
    TERM, CLOZE, DEFINITION, ACRONYM, EXPLAIN, COMPARE, LIST, CHOICE;

    /** True for the kinds that ask for a phrase gapped out of the claim. */
    public boolean isGap() {
        return this == CLOZE || this == CHOICE;
    }

    /** The lower-case name used in JSON and the database. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CardKind fromJsonName(String name) {
        for (CardKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("card kind must be one of term, cloze, definition, acronym, explain, compare, list, choice; got '" + name + "'");
    }
}
