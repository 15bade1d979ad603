package dev.cuecards.cards;

import dev.cuecards.notes.NoteId;
import java.util.List;
import java.util.Objects;

/**
 * A card as generated from a note, before any scheduling: what to ask, what to answer, and where it came from.
 *
 * @param context    "note title › section" shown above the front
 * @param answer     the key answer (the gap of a cloze, the term, the expansion of an acronym)
 * @param options    only for multiple choice: the answer and its distractors, shuffled
 * @param claimIndex the position of the source claim in its note; cards sharing it are siblings
 */
public record CardDraft(CardId id, NoteId note, CardKind kind, String context, String front, String back, String answer,
                        List<String> options, CardSource source, int claimIndex) {

    public CardDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        options = List.copyOf(options);
        if (front == null || front.isBlank() || back == null || back.isBlank() || answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("a card needs a front, a back and an answer: " + id);
        }
        if ((kind == CardKind.CHOICE) == options.isEmpty()) {
            throw new IllegalArgumentException("options belong to choice cards only: " + id);
        }
    }
}
