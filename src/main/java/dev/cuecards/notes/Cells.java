package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence's leaves as a row of cells, one per visible character plus one per stamp, for tidying: each cell knows
 * its leaf and whether it may be taken out (text and breaks may; links, code and formulas are kept whole).
 */
final class Cells {

    static final byte TEXT = 0;
    static final byte KEPT = 1;
    static final byte STAMP = 2;

    final char[] chars;
    final byte[] kinds;
    final int[] leaves;
    int size;

    Cells(char[] chars, byte[] kinds, int[] leaves, int size) {
        this.chars = chars;
        this.kinds = kinds;
        this.leaves = leaves;
        this.size = size;
    }

    static Cells of(List<Leaves.Leaf> leaves) {
        StringBuilder shown = new StringBuilder();
        int total = 0;
        for (Leaves.Leaf leaf : leaves) {
            total += leaf.piece() instanceof Inline.Stamp ? 1 : length(leaf.piece());
        }
        char[] chars = new char[total];
        byte[] kinds = new byte[total];
        int[] owners = new int[total];
        int at = 0;
        for (int k = 0; k < leaves.size(); k++) {
            Inline piece = leaves.get(k).piece();
            if (piece instanceof Inline.Stamp) {
                kinds[at] = STAMP;
                owners[at++] = k;
                continue;
            }
            shown.setLength(0);
            Plain.append(piece, shown);
            byte kind = piece instanceof Inline.Text || piece instanceof Inline.Break ? TEXT : KEPT;
            for (int i = 0; i < shown.length(); i++) {
                chars[at] = shown.charAt(i);
                kinds[at] = kind;
                owners[at++] = k;
            }
        }
        return new Cells(chars, kinds, owners, at);
    }

    private static int length(Inline piece) {
        StringBuilder shown = new StringBuilder();
        Plain.append(piece, shown);
        return shown.length();
    }

    boolean isText(int i) {
        return kinds[i] == TEXT;
    }

    boolean isStamp(int i) {
        return kinds[i] == STAMP;
    }

    /** Drops the cells marked, keeping the others in order; clears the marks for the next use. */
    Cells without(boolean[] dropped) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (dropped[i]) {
                dropped[i] = false;
            } else {
                chars[n] = chars[i];
                kinds[n] = kinds[i];
                leaves[n++] = leaves[i];
            }
        }
        size = n;
        return this;
    }

    /** The tidied sentence: each leaf with the characters it kept, stamps placed in the text. */
    SentenceText rebuild(List<Leaves.Leaf> original) {
        List<Leaves.Leaf> kept = new ArrayList<>();
        List<SentenceText.Placed> stamps = new ArrayList<>();
        StringBuilder text = new StringBuilder(size);
        int i = 0;
        while (i < size) {
            int leaf = leaves[i];
            Leaves.Leaf source = original.get(leaf);
            if (kinds[i] == STAMP) {
                Inline.Stamp stamp = (Inline.Stamp) source.piece();
                stamps.add(new SentenceText.Placed(stamp, text.length()));
                kept.add(source);
                i++;
                continue;
            }
            int from = text.length();
            int run = i;
            while (i < size && leaves[i] == leaf && kinds[i] != STAMP) {
                i++;
            }
            text.append(chars, run, i - run);
            Inline piece = source.piece();
            if (piece instanceof Inline.Text t) {
                kept.add(source.with(new Inline.Text(text.substring(from), t.start(), t.end())));
            } else {
                kept.add(source);
            }
        }
        return new SentenceText(Leaves.nest(kept), text.toString(), stamps);
    }

    @Override
    public String toString() {
        return new String(Arrays.copyOf(chars, size));
    }
}
