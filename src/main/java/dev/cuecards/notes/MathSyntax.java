package dev.cuecards.notes;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * TeX math in notes: {@code $x^2$} inline and {@code $$\int f$$} displayed. flexmark core does not know it, and
 * without this the {@code *} and {@code _} inside formulas would be read as emphasis. Money is not math: a
 * {@code $} followed by a space or closing before a digit ({@code $150 and $200}) stays text. The closing
 * {@code $} is looked for within a bounded distance, so a stray {@code $} costs nothing.
 */
final class MathSyntax extends InlineSyntax {

    private static final int LONGEST_INLINE = 400;
    private static final int LONGEST_DISPLAY = 4000;

    /** A formula as flexmark's inline parser found it. */
    static final class MathNode extends Node {
        private final boolean display;

        MathNode(BasedSequence chars, boolean display) {
            super(chars);
            this.display = display;
        }

        boolean isDisplay() {
            return display;
        }

        /** The TeX between the dollar signs, on one line. */
        String tex() {
            int marks = display ? 2 : 1;
            String inner = getChars().subSequence(marks, getChars().length() - marks).toString();
            return Whitespace.collapse(inner);
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[] {getChars()};
        }
    }

    MathSyntax() {
        super("$");
    }

    @Override
    boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int at = parser.getIndex();
        boolean display = at + 1 < input.length() && input.charAt(at + 1) == '$';
        int end = display ? displayEnd(input, at) : inlineEnd(input, at);
        if (end < 0 || holdsAnchor(input.subSequence(at, end))) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new MathNode(input.subSequence(at, end), display));
        parser.setIndex(end);
        return true;
    }

    /** Dollar signs around a timestamp anchor are not a formula: the anchor is read. */
    private static boolean holdsAnchor(CharSequence formula) {
        String text = formula.toString();
        return text.contains("data-t") || text.contains("yt-timestamp");
    }

    /** Just past the {@code $$} closing a display formula opened at {@code at}, or -1. */
    static int displayEnd(CharSequence input, int at) {
        int limit = Math.min(input.length() - 1, at + LONGEST_DISPLAY);
        for (int i = at + 2; i < limit; i++) {
            if (input.charAt(i) == '$' && input.charAt(i + 1) == '$') {
                return i > at + 2 ? i + 2 : -1;
            }
        }
        return -1;
    }

    /** Just past the {@code $} closing an inline formula opened at {@code at}, or -1 when this is not math. */
    static int inlineEnd(CharSequence input, int at) {
        boolean openedAfterWord = at > 0 && (Character.isLetterOrDigit(input.charAt(at - 1)) || input.charAt(at - 1) == '\\');
        if (openedAfterWord || at + 1 >= input.length() || Character.isWhitespace(input.charAt(at + 1))) {
            return -1;
        }
        int limit = Math.min(input.length(), at + LONGEST_INLINE);
        for (int i = at + 1; i < limit; i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '$') {
                char last = input.charAt(i - 1);
                boolean closes = i > at + 1 && !Character.isWhitespace(last) && last != '\\';
                boolean beforeDigit = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
                return closes && !beforeDigit ? i + 1 : -1;
            }
        }
        return -1;
    }
}
