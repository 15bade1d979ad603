package dev.cuecards.notes;

import java.util.List;
import java.util.Objects;

/**
 * A note read for its page: the {@link Note} with its claims, and its blocks made of the same pieces. A span or row
 * names the claim it is by its draft number; {@link #claimIndex} turns that into the claim's index in
 * {@link Note#claims()}, or -1 when the sentence made no claim (it repeated earlier ones).
 */
public record NoteDocument(Note note, List<Block> blocks, List<Integer> claimOfDraft, StampConvention convention) {

    public NoteDocument {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(convention, "convention");
        blocks = List.copyOf(blocks);
        claimOfDraft = List.copyOf(claimOfDraft);
    }

    public int claimIndex(int draft) {
        return draft >= 0 && draft < claimOfDraft.size() ? claimOfDraft.get(draft) : -1;
    }

    /** The second of the video a stamp of this note points to. */
    public int seconds(Inline.Stamp stamp) {
        return convention.seconds(stamp.written());
    }
}
