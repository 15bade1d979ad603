package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a note's text into pieces flexmark parses one at a time, so that no parse step sees more than a few dozen
 * kilobytes. flexmark's block parser does work that grows with the square of a paragraph's lines (each new line of a
 * paragraph rebuilds the paragraph so far), which a long hostile note turns into minutes.
 *
 * <p>A note is cut only where markdown itself starts afresh, so reading it in pieces changes nothing: before a
 * heading, or before a line after a blank line that starts at the margin and is not a list item. Only a note with
 * no such place for {@value #HARD_CHARS} characters or {@value #HARD_LINES} lines is cut elsewhere: between list
 * items after a blank line, else at any line (inside fenced code only past four times that). Real notes never come near: their longest run without such a place is
 * a few hundred lines, and the cut is not needed below {@value #SOFT_CHARS} characters.
 */
final class ParseUnits {

    static final int SOFT_CHARS = 16 * 1024;
    static final int SOFT_LINES = 200;
    static final int HARD_CHARS = 32 * 1024;
    static final int HARD_LINES = 300;

    /** One piece of the note: its text and where it starts. */
    record Unit(String text, int offset, int firstLine) {
    }

    private ParseUnits() {
    }

    static List<Unit> split(String text) {
        List<Unit> units = new ArrayList<>();
        Scanner scanner = new Scanner(text);
        int unitStart = 0;
        int unitLine = 1;
        int exact = -1;
        int exactLine = 0;
        int loose = -1;
        int looseLine = 0;
        int lineStart = 0;
        int line = 1;
        boolean previousBlank = false;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            String current = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            boolean free = scanner.isOutsideConstructs(current);
            if (lineStart > unitStart && free && startsAtMargin(current)) {
                if (isHeading(current) || previousBlank && !isListItem(current)) {
                    exact = lineStart;
                    exactLine = line;
                } else if (previousBlank) {
                    loose = lineStart;
                    looseLine = line;
                }
            }
            int chars = next - unitStart;
            int lines = line - unitLine + 1;
            boolean soft = chars >= SOFT_CHARS || lines >= SOFT_LINES;
            boolean hard = (chars >= HARD_CHARS || lines >= HARD_LINES) && (free || chars >= 4 * HARD_CHARS);
            if (soft && exact > unitStart || hard) {
                int cut = exact > unitStart ? exact : loose > unitStart ? loose : next;
                int cutLine = exact > unitStart ? exactLine : loose > unitStart ? looseLine : line + 1;
                if (cut < text.length() && cut > unitStart) {
                    units.add(new Unit(text.substring(unitStart, cut), unitStart, unitLine));
                    unitStart = cut;
                    unitLine = cutLine;
                }
                exact = -1;
                loose = -1;
            }
            previousBlank = Whitespace.isBlank(current);
            lineStart = next;
            line++;
        }
        if (unitStart < text.length() || units.isEmpty()) {
            units.add(new Unit(text.substring(unitStart), unitStart, unitLine));
        }
        return units;
    }

    private static boolean startsAtMargin(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
    }

    private static boolean isHeading(String line) {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes >= 1 && hashes <= 6 && (hashes == line.length() || line.charAt(hashes) == ' ' || line.charAt(hashes) == '\t');
    }

    private static boolean isListItem(String line) {
        char first = line.charAt(0);
        if ((first == '-' || first == '*' || first == '+') && (line.length() == 1 || line.charAt(1) == ' ' || line.charAt(1) == '\t')) {
            return true;
        }
        int digits = 0;
        while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')');
    }

    /** Follows front matter, fenced code and HTML comments line by line, so no cut falls inside them. */
    private static final class Scanner {
        private boolean frontMatter;
        private boolean firstLine = true;
        private char fence;
        private int fenceLength;
        private boolean comment;

        Scanner(String text) {
            frontMatter = text.startsWith("---");
        }

        /** Reads one line; true when the line starts outside front matter, code fences and comments. */
        boolean isOutsideConstructs(String line) {
            boolean outside = !frontMatter && fence == 0 && !comment;
            String stripped = line.strip();
            if (frontMatter) {
                if (!firstLine && (stripped.equals("---") || stripped.equals("..."))) {
                    frontMatter = false;
                }
            } else if (fence != 0) {
                if (isFence(stripped, fence, fenceLength) && stripped.chars().allMatch(c -> c == fence)) {
                    fence = 0;
                }
            } else if (comment) {
                comment = !line.contains("-->");
            } else if (leadingSpaces(line) <= 3 && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.charAt(0);
                fenceLength = run(stripped, fence);
            } else if (line.contains("<!--")) {
                comment = line.lastIndexOf("-->") < line.lastIndexOf("<!--");
            }
            firstLine = false;
            return outside;
        }

        private static boolean isFence(String stripped, char c, int length) {
            return run(stripped, c) >= length;
        }

        private static int run(String text, char c) {
            int n = 0;
            while (n < text.length() && text.charAt(n) == c) {
                n++;
            }
            return n;
        }

        private static int leadingSpaces(String line) {
            int n = 0;
            while (n < line.length() && line.charAt(n) == ' ') {
                n++;
            }
            return n;
        }
    }
}
