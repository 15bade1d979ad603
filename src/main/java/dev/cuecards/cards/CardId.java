package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.notes.NoteId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A card's stable identity. It is derived from the note, the kind, the source second and the card's key answer
 * only, so rewording the rest of a claim keeps the id, and with it the card's review history.
 */
public record CardId(String value) {

    public CardId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a card id must not be blank");
        }
    }

    static CardId derive(NoteId note, CardKind kind, Integer seconds, String keyAnswer) {
        String key = note.value() + "\n" + kind.jsonName() + "\n" + (seconds == null ? "-" : seconds) + "\n" + normalise(keyAnswer);
        return new CardId(kind.jsonName().charAt(0) + "-" + sha256(key).substring(0, 16));
    }

    /** The same id with a counter, for two cards that would otherwise share one. */
    CardId withSuffix(int n) {
        return new CardId(value + "-" + n);
    }

    static String normalise(String answer) {
        return Regex.replaceAll(answer.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
