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

    /** Reads back what {@link #toString()} wrote for a file at {@code path}; text of another form is the whole reason. */
    public static NoteProblem parse(String path, String text) {
        String rest = text.startsWith(path + ":") ? text.substring(path.length() + 1) : ": " + text;
        int colon = rest.indexOf(": ");
        if (colon > 0 && rest.substring(0, colon).matches("\\d{1,9}")) {
            return new NoteProblem(path, Integer.parseInt(rest.substring(0, colon)), rest.substring(colon + 2));
        }
        return new NoteProblem(path, 0, rest.startsWith(" ") ? rest.substring(1) : rest.replaceFirst("^: ", ""));
    }
}
