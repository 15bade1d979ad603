package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.notes.ClaimRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compare cards: a claim that sets two named things against each other ("while also", "unlike", "versus", "rather
 * than", "instead of", "despite", "whereas") asks how they differ, and a table row asks how the table's columns
 * compare on that row.
 */
final class CompareCards {

    private static final Pattern MARKER = Pattern.compile("\\b(while also|whereas|unlike|Unlike|versus|vs\\.?|rather than|instead of|in contrast to|compared (?:to|with)|as opposed to)\\b");
    private static final Pattern NAMED = Pattern.compile("\\(([A-Z][A-Za-z0-9]{1,7})\\)|\\b([A-Z][A-Z0-9]{1,7}s?)\\b|\\b([A-Z][a-z]+[A-Z]\\w*)\\b|\\b((?:[A-Z][\\w-]+)(?:\\s+[A-Z][\\w-]+){0,2})\\b");

    private CompareCards() {
    }

    static List<Candidate> write(NoteContext note) {
        List<Candidate> cards = new ArrayList<>();
        for (int i = 0; i < note.claims().size(); i++) {
            if (note.claim(i).role() instanceof ClaimRole.TableRow row) {
                table(note, i, row).ifPresent(cards::add);
            } else {
                contrast(note, i).ifPresent(cards::add);
            }
        }
        return cards;
    }

    private static Optional<Candidate> contrast(NoteContext note, int index) {
        String text = note.claim(index).text();
        Matcher marker = MARKER.matcher(text);
        if (!marker.find() || insideQuotes(text, marker.start())) {
            return Optional.empty();
        }
        List<String> before = names(text.substring(0, marker.start()));
        List<String> after = names(text.substring(marker.end()));
        if (after.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        boolean unlike = marker.group(1).equalsIgnoreCase("unlike");
        String x = unlike ? after.get(0) : before.get(before.size() - 1);
        String y = unlike ? (after.size() > 1 ? after.get(1) : "") : after.get(0);
        String subject = before.get(0);
        if (x.isEmpty() || y.isEmpty() || alike(x, y)) {
            return Optional.empty();
        }
        boolean subjectOpens = text.startsWith(subject) || text.startsWith("The " + subject);
        boolean positions = !unlike && before.size() > 1 && subjectOpens && !alike(subject, x) && !alike(subject, y);
        // "How does ViTs differ from GPU?" ("…GPU memory usage compared to ViTs"), "How does CP differ from DOS?" (CP/M,
        // MS-DOS): the two names nearest a contrast word are seldom its two sides; none of the four such cards read
        // blind for version 11 was kept. A subject that positions two names ("AWS offers ECS while also
        // providing EKS") names its sides, as a table's columns do.
        if (!positions || cutName(text, x) || cutName(text, y)) {
            return Optional.empty();
        }
        String front = "How does " + subject + " position " + x + " versus " + y + "?";
        String answer = withNeighbours(note, index, x, y);
        return Optional.of(Candidate.of(CardKind.COMPARE, index, front, answer, answer, x + " vs " + y));
    }

    /** True when the name stands in the text only as part of a longer one: "CP" of "CP/M", "DOS" of "MS-DOS". */
    private static boolean cutName(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\w/-])" + Pattern.quote(name) + "(?![\\w/-]|-\\w)").matcher(text);
        return !m.find();
    }

    /** Two sides that are one thing: the same name, one inside the other, or a plural of it (GPU and GPUs). */
    private static boolean alike(String a, String b) {
        String x = Regex.replaceFirst(a.toLowerCase(java.util.Locale.ROOT), "s$", "");
        String y = Regex.replaceFirst(b.toLowerCase(java.util.Locale.ROOT), "s$", "");
        return x.contains(y) || y.contains(x);
    }

    private static boolean insideQuotes(String text, int at) {
        return text.substring(0, at).chars().filter(c -> c == '"' || c == '“' || c == '”').count() % 2 == 1;
    }

    /** The claim, and the next one or two of the same paragraph or item that speak of either side. */
    private static String withNeighbours(NoteContext note, int index, String x, String y) {
        StringBuilder answer = new StringBuilder(note.claim(index).text());
        for (int i = index + 1; i < Math.min(note.claims().size(), index + 3) && note.together(index, i); i++) {
            String text = note.claim(i).text();
            if (text.contains(x) || text.contains(y)) {
                answer.append(' ').append(text);
            }
        }
        return answer.toString();
    }

    /**
     * The names of a text that can be a side, in order, a capitalised word standing as an empty one. Sides are only
     * acronyms and names with inner capitals or digits (ECS and EKS, iPhone and GPT-4): read blind, sides taken
     * from capitalised words ("How does Las Vegas differ from AI?", "How does Note differ from AMOLED?") were wrong
     * in every card.
     */
    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (m.group(4) != null) {
                names.add("");
                continue;
            }
            boolean opener = m.start() == 0 && m.group(4) != null && !name.contains(" ");
            if (!opener && !Referents.opensWithPronoun(name) && !name.equals("Despite")) {
                if (m.group(1) != null && !names.isEmpty() && text.substring(0, m.start()).strip().endsWith(names.get(names.size() - 1))) {
                    names.set(names.size() - 1, name);
                } else {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Optional<Candidate> table(NoteContext note, int index, ClaimRole.TableRow row) {
        List<String> sides = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int c = 1; c < row.cells().size() && c < row.headers().size(); c++) {
            String header = Regex.replaceAll(row.headers().get(c), "\\s*\\([^)]*\\)", "").strip();
            if (!row.cells().get(c).isBlank() && !header.isBlank()) {
                sides.add(header);
                parts.add(header + ": " + row.cells().get(c));
            }
        }
        if (sides.size() < 2 || row.cells().get(0).isBlank()) {
            return Optional.empty();
        }
        String aspect = Questions.lowerCommonWords(row.cells().get(0));
        String front = "How do " + String.join(", ", sides.subList(0, sides.size() - 1)) + " and " + sides.get(sides.size() - 1)
                + " compare on " + aspect + "?";
        String answer = String.join("; ", parts) + ".";
        return Optional.of(Candidate.of(CardKind.COMPARE, index, front, answer, answer, "table " + row.cells().get(0)));
    }
}
