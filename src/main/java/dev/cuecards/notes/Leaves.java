package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pieces with their emphasis taken off and remembered: a flat run of text, stamps, links, code, math and breaks,
 * each knowing the bold or italic pieces around it, and back again. Splitting and tidying work on the flat run;
 * what they keep is nested again as it was written.
 */
final class Leaves {

    /** A piece that holds no other pieces, with the emphasis around it, outermost first. */
    record Leaf(Inline piece, List<Inline.Emphasis> around) {
        Leaf {
            around = List.copyOf(around);
        }

        Leaf with(Inline other) {
            return new Leaf(other, around);
        }
    }

    private Leaves() {
    }

    static List<Leaf> flatten(List<Inline> pieces) {
        List<Leaf> leaves = new ArrayList<>();
        flatten(pieces, List.of(), leaves);
        return leaves;
    }

    private static void flatten(List<Inline> pieces, List<Inline.Emphasis> around, List<Leaf> leaves) {
        for (Inline piece : pieces) {
            if (piece instanceof Inline.Emphasis emphasis) {
                List<Inline.Emphasis> inner = new ArrayList<>(around);
                inner.add(emphasis);
                flatten(emphasis.content(), List.copyOf(inner), leaves);
            } else {
                leaves.add(new Leaf(piece, around));
            }
        }
    }

    /** The leaves nested again: consecutive leaves under the same emphasis share one {@link Inline.Emphasis}. */
    static List<Inline> nest(List<Leaf> leaves) {
        return nest(leaves, 0, leaves.size(), 0);
    }

    private static List<Inline> nest(List<Leaf> leaves, int from, int to, int depth) {
        List<Inline> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Leaf leaf = leaves.get(i);
            if (leaf.around().size() <= depth) {
                out.add(leaf.piece());
                i++;
                continue;
            }
            Inline.Emphasis group = leaf.around().get(depth);
            int j = i + 1;
            while (j < to && leaves.get(j).around().size() > depth && leaves.get(j).around().get(depth) == group) {
                j++;
            }
            List<Inline> content = nest(leaves, i, j, depth + 1);
            int start = content.get(0).start();
            int end = content.get(content.size() - 1).end();
            out.add(new Inline.Emphasis(group.strong(), content, start, end));
            i = j;
        }
        return out;
    }
}
