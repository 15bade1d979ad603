package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter opened with {@code ---} and never closed. Markdown readers would take the whole note for front
 * matter; instead its leading {@code key: value} lines are read as front matter and the rest as the note.
 */
record UnclosedFrontMatter(Map<String, List<String>> data, String body) {

    private static final Pattern FENCE = Pattern.compile("^(---|\\.\\.\\.)\\s*$");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][\\w-]*)\\s*:\\s*(.*)$");

    static Optional<UnclosedFrontMatter> find(String text) {
        int firstEnd = text.indexOf('\n');
        if (!(firstEnd < 0 ? text : text.substring(0, firstEnd)).strip().equals("---")) {
            return Optional.empty(); // the common case, found without splitting the whole note into lines
        }
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).matches()) {
                return Optional.empty();
            }
        }
        Map<String, List<String>> data = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        body.add("");
        int i = 1;
        for (; i < lines.length; i++) {
            Matcher field = FIELD.matcher(lines[i]);
            if (!field.matches()) {
                break;
            }
            data.put(field.group(1), List.of(field.group(2)));
            body.add("");
        }
        for (; i < lines.length; i++) {
            body.add(lines[i]);
        }
        return Optional.of(new UnclosedFrontMatter(data, String.join("\n", body)));
    }

    NoteParser.FrontMatter frontMatter(String path, List<NoteProblem> problems) {
        problems.add(new NoteProblem(path, 1, "front matter opened with --- is not closed with a --- line"));
        return NoteParser.FrontMatter.of(data, path, problems);
    }
}
