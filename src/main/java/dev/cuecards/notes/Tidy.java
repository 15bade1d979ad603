package dev.cuecards.notes;

/**
 * Takes out of a sentence what only stood there for its timestamps, once the stamps are read: commas between
 * anchors, brackets holding nothing but anchors, the space left before a full stop, separators left at either end,
 * and doubled spaces. Only text may go; links, code and formulas stay whole. Each step is one pass.
 */
final class Tidy {

    private Tidy() {
    }

    static Cells apply(Cells cells) {
        boolean[] drop = new boolean[cells.size];
        spaces(cells);
        if (hasStamps(cells)) {
            separatorsBetweenStamps(cells, drop);
            bracketsAroundStamps(cells, drop);
        }
        collapse(cells, drop);
        spaceBeforeCloser(cells, drop);
        separatorBeforeEnd(cells, drop);
        return ends(cells, drop);
    }

    private static boolean hasStamps(Cells cells) {
        for (int i = 0; i < cells.size; i++) {
            if (cells.isStamp(i)) {
                return true;
            }
        }
        return false;
    }

    /** Every kind of whitespace in text becomes a plain space. */
    private static Cells spaces(Cells cells) {
        for (int i = 0; i < cells.size; i++) {
            if (cells.isText(i) && (Character.isWhitespace(cells.chars[i]) || Character.isSpaceChar(cells.chars[i]))) {
                cells.chars[i] = ' ';
            }
        }
        return cells;
    }

    /** {@code <a>…</a>, <a>…</a>}: the comma between two stamps goes. */
    private static Cells separatorsBetweenStamps(Cells cells, boolean[] drop) {
        int lastStamp = -1;
        for (int i = 0; i < cells.size; i++) {
            if (cells.isStamp(i)) {
                if (lastStamp >= 0) {
                    for (int j = lastStamp + 1; j < i; j++) {
                        drop[j] = cells.chars[j] != ' ';
                    }
                }
                lastStamp = i;
            } else if (!(cells.isText(i) && isFiller(cells.chars[i]))) {
                lastStamp = -1;
            }
        }
        return cells.without(drop);
    }

    /** {@code (<a>…</a> <a>…</a>)}: brackets holding only stamps go, with what separated them. */
    private static Cells bracketsAroundStamps(Cells cells, boolean[] drop) {
        int i = 0;
        while (i < cells.size) {
            if (!(cells.isText(i) && (cells.chars[i] == '(' || cells.chars[i] == '['))) {
                i++;
                continue;
            }
            char closer = cells.chars[i] == '(' ? ')' : ']';
            int j = i + 1;
            boolean sawStamp = false;
            while (j < cells.size && (cells.isStamp(j) || cells.isText(j) && isFiller(cells.chars[j]))) {
                sawStamp |= cells.isStamp(j);
                j++;
            }
            if (sawStamp && j < cells.size && cells.isText(j) && cells.chars[j] == closer) {
                for (int k = i; k <= j; k++) {
                    drop[k] = !cells.isStamp(k);
                }
                i = j + 1;
            } else if (sawStamp) {
                for (int k = i + 1; k < j; k++) {
                    drop[k] = !cells.isStamp(k);
                }
                i = j;
            } else {
                i = j;
            }
        }
        return cells.without(drop);
    }

    /** A run of spaces, stamps between them or not, becomes one space: the last, so a stamp follows its word. */
    private static Cells collapse(Cells cells, boolean[] drop) {
        boolean beforeSpace = false;
        for (int i = cells.size - 1; i >= 0; i--) {
            if (cells.isStamp(i)) {
                continue;
            }
            boolean space = cells.isText(i) && cells.chars[i] == ' ';
            drop[i] = space && beforeSpace;
            beforeSpace = space;
        }
        return cells.without(drop);
    }

    /** {@code text <a>…</a>.}: the space left before a closing mark goes. */
    private static Cells spaceBeforeCloser(Cells cells, boolean[] drop) {
        int pendingSpace = -1;
        for (int i = 0; i < cells.size; i++) {
            if (cells.isStamp(i)) {
                continue;
            }
            char c = cells.chars[i];
            if (cells.isText(i) && c == ' ') {
                pendingSpace = i;
                continue;
            }
            boolean closer = cells.isText(i) && (",;:!?)]".indexOf(c) >= 0 || c == '.' && !(i + 1 < cells.size && cells.chars[i + 1] == '.'));
            if (closer && pendingSpace >= 0) {
                drop[pendingSpace] = true;
            }
            pendingSpace = -1;
        }
        return cells.without(drop);
    }

    /** {@code text, <a>…</a>.}: a comma left right before the full stop goes. */
    private static Cells separatorBeforeEnd(Cells cells, boolean[] drop) {
        int runStart = -1;
        for (int i = 0; i < cells.size; i++) {
            if (cells.isStamp(i)) {
                continue;
            }
            char c = cells.chars[i];
            boolean separator = cells.isText(i) && (c == ',' || c == ';');
            boolean end = cells.isText(i) && (c == '.' || c == '!' || c == '?') && !(i + 1 < cells.size && cells.chars[i + 1] == '.');
            if (separator) {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }
            if (end && runStart >= 0) {
                for (int k = runStart; k < i; k++) {
                    drop[k] = !cells.isStamp(k);
                }
            }
            runStart = -1;
        }
        return cells.without(drop);
    }

    /** Spaces and separators left at the start, and at the end (with a dangling opening bracket), go. */
    private static Cells ends(Cells cells, boolean[] drop) {
        for (int i = 0; i < cells.size; i++) {
            if (cells.isStamp(i)) {
                continue;
            }
            if (!(cells.isText(i) && " ,;:".indexOf(cells.chars[i]) >= 0)) {
                break;
            }
            drop[i] = true;
        }
        for (int i = cells.size - 1; i >= 0; i--) {
            if (cells.isStamp(i)) {
                continue;
            }
            if (!(cells.isText(i) && " ,;([".indexOf(cells.chars[i]) >= 0)) {
                break;
            }
            drop[i] = true;
        }
        return cells.without(drop);
    }

    private static boolean isFiller(char c) {
        return c == ' ' || c == ',' || c == ';';
    }
}
