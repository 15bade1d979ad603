package dev.cuecards.notes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a note as a reader sees it: a sentence, list item, callout line or table row, with the moments
 * of the video it points to.
 *
 * @param text        reader-visible plain text: no markdown markers, wiki-link brackets or HTML
 * @param sectionPath the headings above the claim, outermost first; empty before the first heading
 * @param role        its place in the note's structure
 * @param timestamps  its own timestamps, in the order written
 * @param inherited   when it has none of its own, the nearest timestamp of its paragraph, for linking
 * @param linkTargets targets of the wiki links it mentions
 * @param linkTexts   the texts those wiki links show
 * @param boldTerms   the phrases it sets in bold
 * @param line        the source line it starts on, counting from 1
 */
public record Claim(String text, List<String> sectionPath, ClaimRole role, List<Timestamp> timestamps,
                    Optional<Timestamp> inherited, List<String> linkTargets, List<String> linkTexts, List<String> boldTerms,
                    int line) {

    public Claim {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a claim needs text");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(inherited, "inherited");
        sectionPath = List.copyOf(sectionPath);
        timestamps = List.copyOf(timestamps);
        linkTargets = List.copyOf(linkTargets);
        linkTexts = List.copyOf(linkTexts);
        boldTerms = List.copyOf(boldTerms);
        if (!timestamps.isEmpty() && inherited.isPresent()) {
            throw new IllegalArgumentException("a claim with timestamps of its own inherits none");
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, got " + line);
        }
    }

    /** True when no timestamp follows the claim itself. */
    public boolean isUntimed() {
        return timestamps.isEmpty();
    }

    /** The moment said right after the given place in the text: the first own timestamp at or past it, else the last. */
    public Optional<Timestamp> timestampAfter(int textPosition) {
        for (Timestamp stamp : timestamps) {
            if (stamp.position() >= textPosition) {
                return Optional.of(stamp);
            }
        }
        return timestamps.isEmpty() ? inherited : Optional.of(timestamps.get(timestamps.size() - 1));
    }

    /** The moment to link to: its first own timestamp, else the inherited one. */
    public Optional<Timestamp> linkTimestamp() {
        return timestamps.isEmpty() ? inherited : Optional.of(timestamps.get(0));
    }
}
