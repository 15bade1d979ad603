package dev.cuecards.notes;

import java.util.Objects;

/**
 * Something wrong or suspicious in a note, found while reading it: where it is and what to fix.
 * A line of 0 means the whole file.
 */
public record NoteProblem(String path, int line, String reason) {

    public NoteProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, got " + line);
        }
    }

    /** {@code path:line: reason}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        return line == 0 ? path + ": " + reason : path + ":" + line + ": " + reason;
    }
}
