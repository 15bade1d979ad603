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

    /** How long the answer took, capped so a card left open over lunch does not count as an hour of study. */
    static java.time.Duration timeSpent(String text) {
        return java.time.Duration.ofMillis(Math.min(optionalCount("elapsed", text).orElse(0), LONGEST_ANSWER_MILLIS));
    }

    /** Without a script to time the answer, the time since the page showed the card. */
    static java.time.Duration timeSpent(String elapsed, String shownAtMillis) {
        if ((elapsed == null || elapsed.isBlank()) && shownAtMillis != null && shownAtMillis.matches("\\d{1,15}")) {
            long since = System.currentTimeMillis() - Long.parseLong(shownAtMillis);
            return java.time.Duration.ofMillis(Math.max(0, Math.min(since, LONGEST_ANSWER_MILLIS)));
        }
        return timeSpent(elapsed);
    }

    private static final int LONGEST_ANSWER_MILLIS = 120_000;

    /** The scope, refused with 404 when it names a video or section that is not in the vault. */
    static CardScope knownScope(String text, dev.cuecards.study.Videos videos) {
        CardScope scope = scope(text);
        java.util.Optional<dev.cuecards.notes.NoteId> note = scope instanceof CardScope.Note n ? java.util.Optional.of(n.note())
                : scope instanceof CardScope.Section s ? java.util.Optional.of(s.note()) : java.util.Optional.empty();
        if (note.isPresent() && videos.note(note.get()).isEmpty()) {
            throw new UnknownScope("there is no video with the id '" + note.get() + "'");
        }
        if (scope instanceof CardScope.Channel channel && !videos.hasChannel(channel.name())) {
            throw new UnknownScope("there is no channel named '" + channel.name() + "'");
        }
        return scope;
    }

    /** A scope naming a video that is not in the vault: answered with 404. */
    static final class UnknownScope extends RuntimeException {
        UnknownScope(String message) {
            super(message);
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
