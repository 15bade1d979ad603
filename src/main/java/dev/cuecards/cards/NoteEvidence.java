package dev.cuecards.cards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one note lends the rest of the vault's cards: the phrases its claims offer as multiple-choice options, and
 * what its sentences say each name is. It depends on the note alone, so it is stored with the note's cards and an
 * unchanged note need not be read, nor tagged, for the cards of another.
 *
 * @param path       the note's vault path: notes lend in path order, as a full read meets them
 * @param channelKey the note's channel in lower case, empty when it has none
 * @param options    the phrases, in the order the note says them
 * @param nameKinds  per name key, how often the note gives it each kind
 */
public record NoteEvidence(String note, String path, String channelKey, List<Option> options,
                           Map<String, Map<String, Integer>> nameKinds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public NoteEvidence {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(channelKey, "channelKey");
        options = List.copyOf(options);
        nameKinds = Map.copyOf(nameKinds);
    }

    /** A phrase a claim really says, with its type. */
    record Option(String text, PhraseType type) {
    }

    /** The options and name kinds as JSON, what {@link #fromJson} reads back. */
    public String toJson() {
        List<List<String>> written = new ArrayList<>();
        options.forEach(option -> written.add(List.of(option.text(), option.type().name())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("options", written);
        body.put("nameKinds", nameKinds);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the evidence of " + note, e);
        }
    }

    /**
     * Reads what {@link #toJson} wrote.
     *
     * @throws IllegalArgumentException when the text is not such JSON (a database written by another version)
     */
    public static NoteEvidence fromJson(String note, String path, String channelKey, String json) {
        try {
            Stored stored = JSON.readValue(json, new TypeReference<Stored>() { });
            List<Option> options = new ArrayList<>();
            for (List<String> option : stored.options) {
                options.add(new Option(option.get(0), PhraseType.valueOf(option.get(1))));
            }
            return new NoteEvidence(note, path, channelKey, options, stored.nameKinds);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("the stored evidence of note " + note + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The JSON's shape. */
    private static final class Stored {
        public List<List<String>> options = List.of();
        public Map<String, Map<String, Integer>> nameKinds = Map.of();
    }
}
