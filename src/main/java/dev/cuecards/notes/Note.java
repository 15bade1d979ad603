package dev.cuecards.notes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A note read from the vault: what it is about, where it came from, and its claims in reading order.
 *
 * @param contentHash SHA-256 of the file's bytes, hex
 * @param problems    what was wrong or suspicious in it; the note was read all the same
 */
public record Note(NoteId id, String relativePath, String title, Optional<VideoId> videoId, Optional<String> channel,
                   String contentHash, List<Section> sections, List<Claim> claims, List<NoteProblem> problems) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(contentHash, "contentHash");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a note needs a title: " + relativePath);
        }
        sections = List.copyOf(sections);
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
    }

    /** The channel in lower case, so "acquiredFM" and "acquiredfm" group together. */
    public Optional<String> channelKey() {
        return channel.map(c -> c.toLowerCase(Locale.ROOT));
    }

    public int timestampCount() {
        return claims.stream().mapToInt(c -> c.timestamps().size()).sum();
    }

    public Note withProblems(List<NoteProblem> more) {
        List<NoteProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Note(id, relativePath, title, videoId, channel, contentHash, sections, claims, all);
    }
}
