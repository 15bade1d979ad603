package dev.cuecards.web;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.store.CardScope;
import java.util.Optional;

/** Reads and checks request values; a bad one becomes a {@link BadValue} naming the field. */
final class Forms {

    private Forms() {
    }

    /** A request value that is missing or malformed: answered with 400 naming the field. */
    static final class BadValue extends RuntimeException {
        private final String field;

        BadValue(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    static CardScope scope(String text) {
        try {
            return CardScope.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadValue("scope", e.getMessage());
        }
    }

    static CardId card(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            throw new BadValue("card", "card must be a card id, got '" + (text == null ? "" : text) + "'");
        }
        return new CardId(text);
    }

    static Rating rating(String text) {
        try {
            return Rating.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw new BadValue("rating", "rating must be 1..4, got '" + (text == null ? "" : text) + "'");
        } catch (IllegalArgumentException e) {
            throw new BadValue("rating", e.getMessage());
        }
    }

    static int count(String field, String text) {
        return optionalCount(field, text).orElseThrow(() -> new BadValue(field, field + " is required"));
    }

    static Optional<Integer> optionalCount(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0) {
                throw new BadValue(field, field + " must not be negative, got " + value);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw new BadValue(field, field + " must be a whole number, got '" + text + "'");
        }
    }
}
