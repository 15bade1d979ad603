package dev.cuecards.store;

import dev.cuecards.notes.NoteId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A note as last synced: enough to tell whether it changed since, and what was wrong with it.
 *
 * @param generatorVersion  the card generator version that made its cards
 * @param generatorSettings the generator limits that made its cards, as text
 * @param problems          the problems found when it was read, as {@code path:line: reason}
 * @param inVault           false once its file has gone from the vault (its cards are then retired)
 */
public record StoredNote(NoteId id, String path, String title, Optional<String> videoId, Optional<String> channel,
                         String contentHash, int generatorVersion, String generatorSettings, List<String> problems,
                         boolean inVault) {

    public StoredNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(channel, "channel");
        problems = List.copyOf(problems);
    }
}
