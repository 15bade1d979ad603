package dev.cuecards.notes;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Reads an opening or closing HTML tag ({@code <a class="yt-timestamp" data-t="00:01:08">}, {@code </a>},
 * {@code <br/>}) as flexmark's inline HTML, by a scan of the tag alone. flexmark's own rule matches a regular
 * expression against a copy of the rest of the paragraph at every {@code <}, and notes hold a timestamp anchor in
 * nearly every sentence. What is not a plain tag (a comment, an autolink, a stray {@code <}) is left to flexmark.
 */
final class TagSyntax extends InlineSyntax {

    private static final int LONGEST_TAG = 1000;

    TagSyntax() {
        super("<");
    }

    @Override
    boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int at = parser.getIndex();
        int end = tagEnd(input, at);
        if (end < 0) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new HtmlInline(input.subSequence(at, end)));
        parser.setIndex(end);
        return true;
    }

    /** Just past the tag opened by the {@code <} at {@code at}, or -1 when no plain tag starts there. */
    static int tagEnd(CharSequence input, int at) {
        int limit = Math.min(input.length(), at + LONGEST_TAG);
        int i = at + 1;
        boolean closing = i < limit && input.charAt(i) == '/';
        if (closing) {
            i++;
        }
        if (i >= limit || !isAsciiLetter(input.charAt(i))) {
            return -1;
        }
        while (i < limit && (isAsciiLetter(input.charAt(i)) || Character.isDigit(input.charAt(i)) || input.charAt(i) == '-')) {
            i++;
        }
        if (closing) {
            i = skipSpace(input, i, limit);
            return i < limit && input.charAt(i) == '>' ? i + 1 : -1;
        }
        while (true) {
            int afterSpace = skipSpace(input, i, limit);
            if (afterSpace >= limit) {
                return -1;
            }
            char c = input.charAt(afterSpace);
            if (c == '>') {
                return afterSpace + 1;
            }
            if (c == '/') {
                return afterSpace + 1 < limit && input.charAt(afterSpace + 1) == '>' ? afterSpace + 2 : -1;
            }
            if (afterSpace == i || !isNameStart(c)) {
                return -1;
            }
            i = attribute(input, afterSpace, limit);
            if (i < 0) {
                return -1;
            }
        }
    }

    /** Just past one {@code name} or {@code name=value} attribute, or -1. */
    private static int attribute(CharSequence input, int at, int limit) {
        int i = at + 1;
        while (i < limit && isNameChar(input.charAt(i))) {
            i++;
        }
        int afterSpace = skipSpace(input, i, limit);
        if (afterSpace >= limit || input.charAt(afterSpace) != '=') {
            return i;
        }
        i = skipSpace(input, afterSpace + 1, limit);
        if (i >= limit) {
            return -1;
        }
        char quote = input.charAt(i);
        if (quote == '"' || quote == '\'') {
            for (int j = i + 1; j < limit; j++) {
                if (input.charAt(j) == quote) {
                    return j + 1;
                }
            }
            return -1;
        }
        int start = i;
        while (i < limit && !Character.isWhitespace(input.charAt(i)) && "\"'=<>`".indexOf(input.charAt(i)) < 0) {
            i++;
        }
        return i > start ? i : -1;
    }

    private static int skipSpace(CharSequence input, int from, int limit) {
        int i = from;
        while (i < limit && (input.charAt(i) == ' ' || input.charAt(i) == '\t' || input.charAt(i) == '\n' || input.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameStart(char c) {
        return isAsciiLetter(c) || c == '_' || c == ':';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || Character.isDigit(c) || c == '.' || c == '-';
    }
}
