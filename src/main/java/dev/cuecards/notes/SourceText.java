package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A note's text made fit to parse, line numbers unchanged: control characters out, line ends as {@code \n},
 * padding of monstrous table rows squeezed, and drafting text that a note generator left in the note (its
 * "The user wants…", "Constraint Checklist", "Mental Sandbox") taken out up to the next heading. Each change is
 * reported; the drafted stretches are also kept as {@link Block.Skipped} for the note page.
 */
final class SourceText {

    /** Sentence openings that only a note generator's own drafting starts with. */
    private static final List<String> DRAFTING = List.of(
            "The user wants", "The user is asking", "The user has asked", "The user asked for", "The user requests",
            "Constraint Checklist", "Confidence Score:", "Mental Sandbox", "Strategizing complete");
    static final int LONG_LINE = 2000;
    static final int DEEPEST_NESTING = 32;
    static final int SHORT_LINE = 8;
    static final int LONGEST_SHORT_RUN = 500;

    private final String text;
    private final List<Block.Skipped> skipped;

    private SourceText(String text, List<Block.Skipped> skipped) {
        this.text = text;
        this.skipped = List.copyOf(skipped);
    }

    String text() {
        return text;
    }

    List<Block.Skipped> skipped() {
        return skipped;
    }

    static SourceText clean(String raw, String path, List<NoteProblem> problems) {
        String text = withoutControlCharacters(raw, path, problems);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        squeezeLongRows(lines, path, problems);
        limitNesting(lines, path, problems);
        List<Block.Skipped> skipped = removeDrafting(lines, path, problems);
        skipped.addAll(removeShortLineRuns(lines, path, problems));
        return new SourceText(String.join("\n", lines), skipped);
    }

    private static String withoutControlCharacters(String raw, String path, List<NoteProblem> problems) {
        if (!hasControlCharacter(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int removed = 0;
        int firstLine = 0;
        int line = 1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
                    out.append('\n');
                    line++;
                }
                continue;
            }
            if (c == '\n') {
                line++;
            }
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\uFEFF';
            if (control) {
                removed++;
                firstLine = firstLine == 0 ? line : firstLine;
            } else {
                out.append(c);
            }
        }
        if (removed > 0) {
            problems.add(new NoteProblem(path, firstLine, removed + (removed == 1 ? " control character was" : " control characters were")
                    + " taken out of the note (the first on this line)"));
        }
        return out.toString();
    }

    private static boolean hasControlCharacter(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /**
     * A line opening more than {@value #DEEPEST_NESTING} quotes or list items at once ({@code > > > …},
     * {@code 1. 1. 1. …}) is read as that deep: no note nests deeper, and flexmark rescans the rest of the line for
     * every level it opens.
     */
    private static void limitNesting(List<String> lines, String path, List<NoteProblem> problems) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int depth = 0;
            int at = 0;
            int keptEnd = 0;
            while (true) {
                int next = marker(line, at);
                if (next < 0) {
                    break;
                }
                depth++;
                at = next;
                if (depth == DEEPEST_NESTING) {
                    keptEnd = at;
                }
            }
            if (depth > DEEPEST_NESTING) {
                lines.set(i, line.substring(0, keptEnd) + line.substring(at));
                problems.add(new NoteProblem(path, i + 1, String.format(Locale.ROOT,
                        "a line opening %,d nested quotes or list items; read as %d deep", depth, DEEPEST_NESTING)));
            }
        }
    }

    /** Just past one quote or list marker (with the spaces around it) at {@code at}, or -1. */
    private static int marker(String line, int at) {
        int i = at;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i >= line.length()) {
            return -1;
        }
        char c = line.charAt(i);
        int end;
        if (c == '>') {
            end = i + 1;
        } else if (c == '-' || c == '*' || c == '+') {
            end = i + 1;
            if (end < line.length() && line.charAt(end) != ' ' && line.charAt(end) != '\t') {
                return -1;
            }
        } else {
            int digits = i;
            while (digits < line.length() && digits - i < 9 && Character.isDigit(line.charAt(digits))) {
                digits++;
            }
            if (digits == i || digits >= line.length() || line.charAt(digits) != '.' && line.charAt(digits) != ')') {
                return -1;
            }
            end = digits + 1;
            if (end < line.length() && line.charAt(end) != ' ' && line.charAt(end) != '\t') {
                return -1;
            }
        }
        return end;
    }

    /** A table row thousands of characters long is almost all padding: its runs of spaces and dashes are shortened. */
    private static void squeezeLongRows(List<String> lines, String path, List<NoteProblem> problems) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() <= LONG_LINE || !line.stripLeading().startsWith("|")) {
                continue;
            }
            String squeezed = squeeze(line);
            lines.set(i, squeezed);
            problems.add(new NoteProblem(path, i + 1, String.format(Locale.ROOT,
                    "a table row of %,d characters, nearly all padding; read as its %,d characters of content",
                    line.length(), squeezed.length())));
        }
    }

    private static String squeeze(String line) {
        StringBuilder out = new StringBuilder();
        int dashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            dashes = c == '-' ? dashes + 1 : 0;
            boolean space = c == ' ' || c == '\t';
            if (space && out.length() > 0 && out.charAt(out.length() - 1) == ' ' || dashes > 3) {
                continue;
            }
            out.append(space ? ' ' : c);
        }
        return out.toString();
    }

    /**
     * Takes out runs of more than {@value #LONGEST_SHORT_RUN} lines in a row, none blank and none longer than
     * {@value #SHORT_LINE} characters ({@code [a](} or {@code <} over and over): no note is written so, and each such
     * line costs the markdown parser as much as a line of text.
     */
    private static List<Block.Skipped> removeShortLineRuns(List<String> lines, String path, List<NoteProblem> problems) {
        List<Block.Skipped> skipped = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean shortLine = i < lines.size() && !lines.get(i).isBlank() && lines.get(i).length() <= SHORT_LINE;
            if (shortLine) {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }
            if (runStart >= 0 && i - runStart > LONGEST_SHORT_RUN) {
                for (int j = runStart; j < i; j++) {
                    lines.set(j, "");
                }
                String reason = String.format(Locale.ROOT, "lines %d–%d are %,d lines in a row of at most %d characters each, not a note's text; they are not read",
                        runStart + 1, i, i - runStart, SHORT_LINE);
                problems.add(new NoteProblem(path, runStart + 1, reason));
                skipped.add(new Block.Skipped(reason, runStart + 1, i));
            }
            runStart = -1;
        }
        return skipped;
    }

    /** Takes drafting text out, from its first sentence to the next heading (or the note's end), keeping the lines. */
    private static List<Block.Skipped> removeDrafting(List<String> lines, String path, List<NoteProblem> problems) {
        List<Block.Skipped> skipped = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int at = draftingStart(lines.get(i));
            if (at < 0) {
                i++;
                continue;
            }
            String opening = lines.get(i).substring(at, Math.min(lines.get(i).length(), at + 60)).strip();
            int first = i;
            lines.set(i, lines.get(i).substring(0, at).stripTrailing());
            int j = i + 1;
            int glued = -1;
            for (; j < lines.size(); j++) {
                if (lines.get(j).startsWith("#")) {
                    break;
                }
                glued = gluedHeading(lines.get(j));
                if (glued >= 0) {
                    lines.set(j, lines.get(j).substring(glued));
                    break;
                }
                lines.set(j, "");
            }
            int last = glued >= 0 ? j + 1 : j;
            String reason = "drafting text left in the note ('" + opening + "…'); lines " + (first + 1) + "–" + last + " are not read";
            problems.add(new NoteProblem(path, first + 1, reason));
            skipped.add(new Block.Skipped(reason, first + 1, last));
            i = j + 1;
        }
        return skipped;
    }

    /** Where drafting text starts in the line: at its start or right after a sentence ends; else -1. */
    static int draftingStart(String line) {
        for (String marker : DRAFTING) {
            int at = line.indexOf(marker);
            while (at >= 0) {
                int before = at - 1;
                while (before >= 0 && (line.charAt(before) == ' ' || line.charAt(before) == '*' || line.charAt(before) == '#')) {
                    before--;
                }
                if (before < 0 || ".!?:".indexOf(line.charAt(before)) >= 0) {
                    return before < 0 ? 0 : before + 1;
                }
                at = line.indexOf(marker, at + marker.length());
            }
        }
        return -1;
    }

    /** A heading glued to the end of a drafted line ({@code …precise.# Title}): where its {@code #} is, else -1. */
    private static int gluedHeading(String line) {
        int at = line.indexOf(".#");
        while (at >= 0) {
            int hashes = at + 1;
            while (hashes < line.length() && line.charAt(hashes) == '#') {
                hashes++;
            }
            if (hashes < line.length() && line.charAt(hashes) == ' ') {
                return at + 1;
            }
            at = line.indexOf(".#", at + 2);
        }
        return -1;
    }
}
