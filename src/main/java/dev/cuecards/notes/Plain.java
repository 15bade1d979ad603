package dev.cuecards.notes;

import java.util.List;

/** The plain text of pieces as a reader sees it: emphasis without its marks, links as their text, no timestamps. */
final class Plain {

    private Plain() {
    }

    static String of(List<Inline> pieces) {
        StringBuilder out = new StringBuilder();
        append(pieces, out);
        return out.toString();
    }

    static void append(List<Inline> pieces, StringBuilder out) {
        for (Inline piece : pieces) {
            append(piece, out);
        }
    }

    static void append(Inline piece, StringBuilder out) {
        if (piece instanceof Inline.Text text) {
            out.append(text.text());
        } else if (piece instanceof Inline.Link link) {
            out.append(link.text());
        } else if (piece instanceof Inline.Code code) {
            out.append(code.text());
        } else if (piece instanceof Inline.Math math) {
            out.append(math.shown());
        } else if (piece instanceof Inline.Emphasis emphasis) {
            append(emphasis.content(), out);
        } else if (piece instanceof Inline.Break) {
            out.append(' ');
        }
    }

    /** True when the pieces hold a timestamp, at any depth. */
    static boolean hasStamp(List<Inline> pieces) {
        for (Inline piece : pieces) {
            if (piece instanceof Inline.Stamp || piece instanceof Inline.Emphasis e && hasStamp(e.content())) {
                return true;
            }
        }
        return false;
    }
}
