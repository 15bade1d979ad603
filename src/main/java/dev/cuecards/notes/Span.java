package dev.cuecards.notes;

import java.util.List;

/**
 * A run of a note's text as the note page shows it: one sentence (a claim, or text that is not one, such as a
 * preamble) or a title.
 *
 * @param pieces    what it is made of; when it is a claim, its text is exactly the claim's text
 * @param draft     which claim it is, as numbered while reading (see {@link NoteDocument#claimIndex}), or -1
 * @param breakAfter a hard line break followed it in the note
 */
public record Span(List<Inline> pieces, int draft, boolean breakAfter) {

    public Span {
        pieces = List.copyOf(pieces);
    }

    static Span plain(List<Inline> pieces) {
        return new Span(pieces, -1, false);
    }
}
