package dev.cuecards.notes;

import java.util.Optional;

/**
 * A list item that opens with a bold term: {@code **Term**: text}, {@code **Term:** text}, {@code **Term** - text},
 * {@code **Term** Text} or {@code **[[link | Term]]**: text}. Holds the term and the item's text without it.
 */
record BoldTerm(String term, InlineText.Result rest) {

    private static final int LONGEST_TERM = 80;

    static Optional<BoldTerm> find(InlineText.Result inline) {
        String marked = inline.marked();
        int open = skipBlank(marked, 0);
        if (open >= marked.length() || marked.charAt(open) != InlineText.BOLD_OPEN) {
            return Optional.empty();
        }
        int close = marked.indexOf(InlineText.BOLD_CLOSE, open);
        if (close < 0) {
            return Optional.empty();
        }
        String shown = inline.render(marked.substring(open + 1, close));
        String term = shown.replaceFirst("\\s*[:.]$", "").strip();
        int after = skipBlank(marked, close + 1);
        boolean colon = shown.endsWith(":") || after < marked.length() && marked.charAt(after) == ':';
        boolean dash = marked.startsWith(" - ", close + 1) || marked.startsWith(" – ", close + 1) || marked.startsWith(" — ", close + 1);
        int restStart = colon && !shown.endsWith(":") ? after + 1 : dash ? close + 4 : close + 1;
        String rest = marked.substring(Math.min(restStart, marked.length()));
        int firstVisible = skipBlank(rest, 0);
        boolean nothingElse = firstVisible >= rest.length();
        boolean capitalised = !nothingElse && Character.isUpperCase(visibleChar(rest, firstVisible));
        if (term.isEmpty() || term.length() > LONGEST_TERM || !(colon || dash || capitalised || nothingElse)) {
            return Optional.empty();
        }
        String kept = keptMarks(marked.substring(0, Math.min(restStart, marked.length())));
        InlineText.Result without = new InlineText.Result(kept + rest, inline.stamps(), inline.linkTargets(),
                inline.placeholders(), inline.problems(), inline.firstLine());
        return Optional.of(new BoldTerm(term, without));
    }

    private static char visibleChar(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != InlineText.BOLD_OPEN && c != InlineText.LINK_OPEN && c != '"' && c != '“') {
                return c;
            }
        }
        return ' ';
    }

    /** Timestamps and link marks in the term stay, so each still pairs with its time or target. */
    private static String keptMarks(String prefix) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == InlineText.STAMP || c == InlineText.LINK_OPEN || c == InlineText.LINK_CLOSE) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == InlineText.STAMP)) {
            i++;
        }
        return i;
    }
}
