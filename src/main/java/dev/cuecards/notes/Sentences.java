package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a block's pieces into sentences, each with exactly the stamps that follow it.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} followed by a space (or a stamp) and something that can
 * start a sentence, but not after abbreviations ("e.g.", "U.S.", "vs."), initials or inside numbers ("3.5"), and
 * never inside a link, code or formula. A line that ends with a stamp also ends its sentence. A stamp belongs to the
 * sentence it follows; stamps opening a line belong to the sentence after them when the one before already has its
 * own. The work is one pass over the block's characters.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "vs", "cf", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp",
            "no", "nos", "fig", "figs", "approx", "dept", "est", "al", "u.s", "u.k", "a.m", "p.m", "ph.d",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vol", "pp", "eq",
            "ca", "resp", "viz", "gen", "gov", "sen", "rep", "rev", "mt", "ft", "op");
    private static final int LONGEST_ABBREVIATION = 8;

    private static final byte TEXT = 0;
    private static final byte ATOMIC = 1;
    private static final byte ATOMIC_START = 2;

    private final List<Leaves.Leaf> leaves;
    private final StringBuilder visible = new StringBuilder();
    private byte[] kinds = new byte[64];
    private final int[] leafStart;
    /** For each stamp leaf, the visible position it stands at. */
    private final int[] stampAt;
    private final int[] stampLeaf;

    private Sentences(List<Leaves.Leaf> leaves) {
        this.leaves = leaves;
        this.leafStart = new int[leaves.size() + 1];
        int stamps = 0;
        for (Leaves.Leaf leaf : leaves) {
            if (leaf.piece() instanceof Inline.Stamp) {
                stamps++;
            }
        }
        this.stampAt = new int[stamps];
        this.stampLeaf = new int[stamps];
        int s = 0;
        for (int k = 0; k < leaves.size(); k++) {
            leafStart[k] = visible.length();
            Inline piece = leaves.get(k).piece();
            if (piece instanceof Inline.Stamp) {
                stampAt[s] = visible.length();
                stampLeaf[s++] = k;
            } else if (piece instanceof Inline.Text text) {
                append(text.text(), TEXT);
            } else if (piece instanceof Inline.Break) {
                append("\n", TEXT);
            } else {
                StringBuilder shown = new StringBuilder();
                Plain.append(piece, shown);
                append(shown, ATOMIC);
            }
        }
        leafStart[leaves.size()] = visible.length();
    }

    private void append(CharSequence text, byte kind) {
        if (visible.length() + text.length() > kinds.length) {
            kinds = java.util.Arrays.copyOf(kinds, Math.max(kinds.length * 2, visible.length() + text.length()));
        }
        int at = visible.length();
        java.util.Arrays.fill(kinds, at, at + text.length(), kind);
        if (kind == ATOMIC && text.length() > 0) {
            kinds[at] = ATOMIC_START;
        }
        visible.append(text);
    }

    static List<List<Leaves.Leaf>> split(List<Inline> pieces) {
        return new Sentences(Leaves.flatten(pieces)).split();
    }

    private List<List<Leaves.Leaf>> split() {
        List<Integer> starts = new ArrayList<>();
        List<Boolean> takesOpeningStamps = new ArrayList<>();
        starts.add(0);
        takesOpeningStamps.add(true);
        int n = visible.length();
        for (int i = 0; i < n; i++) {
            char c = visible.charAt(i);
            if (kinds[i] != TEXT) {
                continue;
            }
            int next = -1;
            if (c == '.' || c == '!' || c == '?') {
                next = afterSentenceEnd(i);
            } else if (c == '\n' && lineEndsWithStamp(i)) {
                next = nextStart(i + 1);
            }
            if (next > 0 && next < n) {
                int previous = starts.get(starts.size() - 1);
                int lineStart = lineOpeningStamps(previous, next);
                starts.add(lineStart);
                takesOpeningStamps.add(lineStart != next);
                i = next - 1;
            }
        }
        return cut(starts, takesOpeningStamps);
    }

    /** Splits the leaves at the sentence starts, giving each stamp to its sentence. */
    private List<List<Leaves.Leaf>> cut(List<Integer> starts, List<Boolean> takesOpeningStamps) {
        int count = starts.size();
        List<List<Leaves.Leaf>> sentences = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            sentences.add(new ArrayList<>());
        }
        int sentence = 0;
        int s = 0;
        for (int k = 0; k < leaves.size(); k++) {
            Leaves.Leaf leaf = leaves.get(k);
            if (leaf.piece() instanceof Inline.Stamp) {
                int at = stampAt[s++];
                while (sentence + 1 < count && (starts.get(sentence + 1) < at
                        || starts.get(sentence + 1) == at && takesOpeningStamps.get(sentence + 1))) {
                    sentence++;
                }
                sentences.get(sentence).add(leaf);
                continue;
            }
            int from = leafStart[k];
            int to = leafStart[k + 1];
            if (!(leaf.piece() instanceof Inline.Text text)) {
                while (sentence + 1 < count && starts.get(sentence + 1) <= from) {
                    sentence++;
                }
                sentences.get(sentence).add(leaf);
                continue;
            }
            int at = from;
            while (at < to) {
                while (sentence + 1 < count && starts.get(sentence + 1) <= at) {
                    sentence++;
                }
                int until = sentence + 1 < count ? Math.min(to, starts.get(sentence + 1)) : to;
                String part = text.text().substring(at - from, until - from);
                sentences.get(sentence).add(leaf.with(new Inline.Text(part, text.start() + at - from, text.start() + until - from)));
                at = until;
            }
        }
        return sentences;
    }

    /** The start of the next sentence when the punctuation at {@code at} ends one, else -1. */
    private int afterSentenceEnd(int at) {
        if (visible.charAt(at) == '.' && (isAbbreviation(at) || isDecimal(at))) {
            return -1;
        }
        int j = at + 1;
        while (j < visible.length() && kinds[j] == TEXT && "\"'”’)]".indexOf(visible.charAt(j)) >= 0) {
            j++;
        }
        if (j >= visible.length() || !(Character.isWhitespace(visible.charAt(j)) || hasStampAt(j))) {
            return -1;
        }
        return nextStart(j);
    }

    /** Skips spaces, and separators between stamps; returns where a new sentence begins, or -1. */
    private int nextStart(int from) {
        int j = from;
        while (j < visible.length() && kinds[j] == TEXT && (Character.isWhitespace(visible.charAt(j))
                || (visible.charAt(j) == ',' || visible.charAt(j) == ';') && hasStampAt(j))) {
            j++;
        }
        return j < visible.length() && canStartSentence(j) ? j : -1;
    }

    private boolean canStartSentence(int at) {
        int k = at;
        while (k < visible.length() && kinds[k] == TEXT && "\"'“‘([".indexOf(visible.charAt(k)) >= 0) {
            k++;
        }
        if (k >= visible.length()) {
            return false;
        }
        char c = visible.charAt(k);
        boolean opensAtomic = kinds[k] == ATOMIC_START && !Character.isLowerCase(c);
        return Character.isUpperCase(c) || Character.isDigit(c) || opensAtomic || k > at;
    }

    /** True when only spaces and {@code .,;:} stand between a stamp and the line end at {@code newline}. */
    private boolean lineEndsWithStamp(int newline) {
        int j = newline;
        while (j > 0 && kinds[j - 1] == TEXT && " \t.,;:".indexOf(visible.charAt(j - 1)) >= 0) {
            j--;
        }
        return hasStampBetween(j, newline);
    }

    /**
     * Stamps opening a new line after a sentence that already has its own belong to the next sentence: moves the
     * cut back to that line's start.
     */
    private int lineOpeningStamps(int previousStart, int next) {
        int newline = next - 1;
        while (newline >= previousStart && visible.charAt(newline) != '\n') {
            newline--;
        }
        if (newline < previousStart || newline + 1 >= next) {
            return next;
        }
        boolean onlySpace = Whitespace.isBlank(visible.subSequence(newline + 1, next));
        boolean opensWithStamp = hasStampBetween(newline + 1, next);
        boolean previousHasOwn = hasStampBetween(previousStart + 1, newline);
        return onlySpace && opensWithStamp && previousHasOwn ? newline + 1 : next;
    }

    private boolean hasStampAt(int position) {
        return hasStampBetween(position, position);
    }

    /** True when a stamp stands at a visible position in {@code [from, to]}. */
    private boolean hasStampBetween(int from, int to) {
        int lo = 0;
        int hi = stampAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stampAt[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < stampAt.length && stampAt[lo] <= to;
    }

    private boolean isDecimal(int dotAt) {
        return dotAt > 0 && dotAt + 1 < visible.length() && Character.isDigit(visible.charAt(dotAt - 1))
                && Character.isDigit(visible.charAt(dotAt + 1));
    }

    private boolean isAbbreviation(int dotAt) {
        int k = dotAt;
        while (k > 0 && dotAt - k < LONGEST_ABBREVIATION && kinds[k - 1] == TEXT
                && (Character.isLetter(visible.charAt(k - 1)) || visible.charAt(k - 1) == '.')) {
            k--;
        }
        if (k > 0 && Character.isLetter(visible.charAt(k - 1))) {
            return false;
        }
        String word = visible.substring(k, dotAt);
        if (word.isEmpty()) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || word.indexOf('.') > 0 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
