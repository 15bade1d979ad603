package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence made ready to read: its pieces with what only stood there for the timestamps taken out (commas
 * between anchors, brackets around them, the space left before a full stop), its plain text, and where in that text
 * each stamp stood. The text is exactly the pieces' text, so a claim and the note page cannot disagree.
 *
 * @param pieces the tidied pieces, emphasis nested as written
 * @param text   what a reader sees: every piece's text, stamps left out
 * @param stamps the sentence's stamps in written order, each with the length of text before it
 */
record SentenceText(List<Inline> pieces, String text, List<Placed> stamps) {

    /** A stamp and the position in the sentence's text it follows. */
    record Placed(Inline.Stamp stamp, int position) {
    }

    SentenceText {
        pieces = List.copyOf(pieces);
        stamps = List.copyOf(stamps);
    }

    boolean isEmpty() {
        return text.isBlank();
    }

    /** The wiki links of the sentence, in order. */
    List<Inline.Link> wikiLinks() {
        List<Inline.Link> links = new ArrayList<>();
        for (Leaves.Leaf leaf : Leaves.flatten(pieces)) {
            if (leaf.piece() instanceof Inline.Link link && link.wiki()) {
                links.add(link);
            }
        }
        return links;
    }

    /** The phrases set in bold, without a trailing colon or full stop. */
    List<String> boldTerms() {
        List<String> terms = new ArrayList<>();
        collectBold(pieces, terms);
        return terms;
    }

    private static void collectBold(List<Inline> pieces, List<String> terms) {
        for (Inline piece : pieces) {
            if (piece instanceof Inline.Emphasis emphasis) {
                if (emphasis.strong()) {
                    String term = Whitespace.collapse(Plain.of(emphasis.content())).replaceFirst("[:.]$", "").strip();
                    if (!term.isEmpty()) {
                        terms.add(term);
                    }
                }
                collectBold(emphasis.content(), terms);
            }
        }
    }

    static SentenceText of(List<Inline> pieces) {
        return ofLeaves(Leaves.flatten(pieces));
    }

    static SentenceText ofLeaves(List<Leaves.Leaf> leaves) {
        Cells cells = Cells.of(leaves);
        cells = Tidy.apply(cells);
        return cells.rebuild(leaves);
    }
}
