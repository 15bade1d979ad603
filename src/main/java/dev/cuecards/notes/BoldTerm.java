package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list item that opens with a bold term: {@code **Term**: text}, {@code **Term:** text}, {@code **Term** - text},
 * {@code **Term** Text} or {@code **[[link | Term]]**: text}. Holds the term, its pieces, and the item's pieces
 * without it; stamps written inside the term stay with the text.
 */
record BoldTerm(String term, Inline.Emphasis shown, List<Inline> rest, List<Inline.Link> links) {

    private static final int LONGEST_TERM = 80;

    static Optional<BoldTerm> find(List<Inline> pieces) {
        int first = 0;
        List<Inline> stampsBefore = new ArrayList<>();
        while (first < pieces.size() && (pieces.get(first) instanceof Inline.Stamp
                || pieces.get(first) instanceof Inline.Text t && Whitespace.isBlank(t.text()))) {
            if (pieces.get(first) instanceof Inline.Stamp) {
                stampsBefore.add(pieces.get(first));
            }
            first++;
        }
        if (first >= pieces.size() || !(pieces.get(first) instanceof Inline.Emphasis bold) || !bold.strong()) {
            return Optional.empty();
        }
        String shown = Whitespace.collapse(Plain.of(bold.content()));
        String term = shown.replaceFirst("\\s*[:.]$", "").strip();
        List<Inline> after = new ArrayList<>(pieces.subList(first + 1, pieces.size()));
        while (!after.isEmpty() && after.get(0) instanceof Inline.Stamp
                || after.size() > 1 && after.get(0) instanceof Inline.Text t && Whitespace.isBlank(t.text()) && after.get(1) instanceof Inline.Stamp) {
            if (after.get(0) instanceof Inline.Stamp) {
                stampsBefore.add(after.get(0));
            }
            after.remove(0);
        }
        String following = leadingText(after);
        String trimmed = following.stripLeading();
        boolean colon = shown.endsWith(":") || trimmed.startsWith(":");
        boolean dash = following.startsWith(" - ") || following.startsWith(" – ") || following.startsWith(" — ");
        if (!shown.endsWith(":") && colon) {
            dropLeading(after, following.length() - trimmed.length() + 1);
        } else if (dash) {
            dropLeading(after, 3);
        }
        String restText = Whitespace.collapse(Plain.of(after));
        boolean nothingElse = restText.isEmpty();
        boolean capitalised = !nothingElse && Character.isUpperCase(firstLetter(restText));
        if (term.isEmpty() || term.length() > LONGEST_TERM || !(colon || dash || capitalised || nothingElse)) {
            return Optional.empty();
        }
        List<Inline> rest = new ArrayList<>(stampsBefore);
        List<Inline.Link> links = new ArrayList<>();
        for (Leaves.Leaf leaf : Leaves.flatten(bold.content())) {
            if (leaf.piece() instanceof Inline.Stamp) {
                rest.add(leaf.piece());
            } else if (leaf.piece() instanceof Inline.Link link && link.wiki()) {
                links.add(link);
            }
        }
        rest.addAll(after);
        return Optional.of(new BoldTerm(term, bold, rest, links));
    }

    private static String leadingText(List<Inline> pieces) {
        return !pieces.isEmpty() && pieces.get(0) instanceof Inline.Text text ? text.text() : "";
    }

    /** Takes the first {@code count} characters off the leading text piece. */
    private static void dropLeading(List<Inline> pieces, int count) {
        Inline.Text text = (Inline.Text) pieces.get(0);
        String left = text.text().substring(Math.min(count, text.text().length()));
        pieces.set(0, new Inline.Text(left, text.start() + Math.min(count, text.text().length()), text.end()));
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '"' && c != '“' && c != '\'' && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }
}
