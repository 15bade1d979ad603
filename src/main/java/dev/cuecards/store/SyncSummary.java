package dev.cuecards.store;

import dev.cuecards.notes.NoteProblem;
import java.util.List;

/**
 * What one sync did, in cards: added, given new text, left as they were, retired (no longer generated) and revived
 * (generated again after being retired); and in notes: synced, skipped as unchanged, and kept as they were because
 * they could not be read or generated this time.
 */
public record SyncSummary(int newCards, int updated, int unchanged, int retired, int revived, int notesSynced,
                          int notesSkipped, List<NoteProblem> notesKept) {

    public SyncSummary {
        notesKept = List.copyOf(notesKept);
    }

    /** The summary line: {@code cards: 12 new, 3 updated, 200 unchanged, 1 retired, 0 revived}. */
    public String line() {
        String line = String.format("cards: %d new, %d updated, %d unchanged, %d retired, %d revived", newCards, updated,
                unchanged, retired, revived);
        return notesKept.isEmpty() ? line
                : line + "; " + (notesKept.size() == 1 ? "1 note kept as it was" : notesKept.size() + " notes kept as they were");
    }
}
