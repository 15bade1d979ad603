package dev.cuecards.notes;

import java.util.List;

/**
 * A heading of a note with the headings above it: {@code ["Types of Databases", "In-Memory Databases"]}.
 */
public record Section(List<String> path, int level, int line) {

    public Section {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a section needs a heading");
        }
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1..6, got " + level);
        }
    }

    public String title() {
        return path.get(path.size() - 1);
    }

    public boolean isQuestion() {
        return title().endsWith("?");
    }
}
