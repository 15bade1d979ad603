package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * A block's pieces by source line, for what notes write one to a line: the channel line, {@code :::} callout
 * fences, a callout's {@code [!NOTE]} marker.
 */
final class PieceLines {

    /** One source line's pieces, the break that ended it included, and its line number. */
    record Line(List<Inline> pieces, int number) {
        Line {
            pieces = List.copyOf(pieces);
        }

        /** The line as a reader sees it, without its timestamps. */
        String plain() {
            return Whitespace.collapse(Plain.of(pieces));
        }
    }

    private PieceLines() {
    }

    static List<Line> split(List<Inline> pieces, Reading reading) {
        List<Line> lines = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Inline piece : pieces) {
            current.add(piece);
            if (piece instanceof Inline.Break lineBreak && endsLine(lineBreak, reading)) {
                lines.add(new Line(current, lineOf(current, reading)));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Line(current, lineOf(current, reading)));
        }
        return lines;
    }

    static List<Inline> join(List<Line> lines) {
        List<Inline> pieces = new ArrayList<>();
        lines.forEach(line -> pieces.addAll(line.pieces()));
        return pieces;
    }

    /** The pieces without their first {@code count} visible characters, which are text. */
    static List<Inline> dropChars(List<Inline> pieces, int count) {
        List<Inline> out = new ArrayList<>();
        int left = count;
        for (Inline piece : pieces) {
            if (left > 0 && piece instanceof Inline.Text text) {
                int drop = Math.min(left, text.text().length());
                left -= drop;
                if (drop < text.text().length()) {
                    out.add(new Inline.Text(text.text().substring(drop), text.start() + drop, text.end()));
                }
            } else if (left > 0 && piece instanceof Inline.Stamp) {
                out.add(piece);
            } else {
                left = 0;
                out.add(piece);
            }
        }
        return out;
    }

    /** The stamps among the pieces, at any depth. */
    static List<Inline.Stamp> stamps(List<Inline> pieces) {
        List<Inline.Stamp> stamps = new ArrayList<>();
        for (Leaves.Leaf leaf : Leaves.flatten(pieces)) {
            if (leaf.piece() instanceof Inline.Stamp stamp) {
                stamps.add(stamp);
            }
        }
        return stamps;
    }

    /** A soft break always ends its line; a hard one when it is two spaces or a backslash before a line end. */
    private static boolean endsLine(Inline.Break lineBreak, Reading reading) {
        if (!lineBreak.hard()) {
            return true;
        }
        String text = reading.text();
        for (int i = lineBreak.start(); i < lineBreak.end() && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(List<Inline> pieces, Reading reading) {
        return reading.line(pieces.get(0).start());
    }
}
