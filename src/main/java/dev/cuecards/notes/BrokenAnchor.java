package dev.cuecards.notes;

import java.util.Optional;

/**
 * The remains of a timestamp anchor whose opening tag flexmark could not read as HTML, left in a text node:
 * {@code <a class="yt-timestamp. Next sentence} or {@code <a class="yt-timestamp" data-t="00:01:08"[00:01:08]}.
 * The tag runs from {@code <a} over its attribute-like words; what follows is the note's text again.
 */
final class BrokenAnchor {

    private static final int LONGEST = 200;

    private BrokenAnchor() {
    }

    /**
     * True when {@code <a} at {@code at} opens an anchor tag: {@code <a} and a space (or the text's end), or
     * {@code <a} glued to {@code class}, {@code data-t} or {@code href}. Notes write {@code <a } for nothing else.
     */
    static boolean startsAt(String text, int at) {
        if (!text.startsWith("<a", at)) {
            return false;
        }
        int i = at + 2;
        return i >= text.length() || Character.isWhitespace(text.charAt(i))
                || text.startsWith("class", i) || text.startsWith("data-t", i) || text.startsWith("href", i);
    }

    /**
     * Just past the broken tag opened at {@code at}: up to its {@code >} when one comes before any other tag or the
     * end of a sentence ({@code <a class="yt="yt-timestamp" data-t="00:04:04">}); else over its {@code name=value}
     * words and a {@code >} if one follows.
     */
    static int end(String text, int at) {
        int limit = Math.min(text.length(), at + LONGEST);
        for (int j = at + 2; j < limit && text.charAt(j) != '<'; j++) {
            if (text.charAt(j) == '>') {
                return j + 1;
            }
            if (text.charAt(j) == ' ' && ".!?".indexOf(text.charAt(j - 1)) >= 0) {
                break;
            }
        }
        int i = at + 2;
        while (true) {
            int j = i;
            while (j < limit && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            int nameStart = j;
            while (j < limit && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '_')) {
                j++;
            }
            if (j == nameStart || j == i || j >= limit || text.charAt(j) != '=') {
                break;
            }
            j++;
            boolean quoted = j < limit && (text.charAt(j) == '"' || text.charAt(j) == '\'');
            char quote = quoted ? text.charAt(j++) : ' ';
            while (j < limit && isValueChar(text.charAt(j))) {
                j++;
            }
            if (quoted && j < limit && text.charAt(j) == quote) {
                j++;
            }
            i = j;
        }
        return i < limit && text.charAt(i) == '>' ? i + 1 : i;
    }

    /** The time a broken tag's {@code data-t} names, read leniently, if it names one. */
    static Optional<WrittenTime> dataT(String tag) {
        int at = tag.indexOf("data-t");
        if (at < 0) {
            return Optional.empty();
        }
        int i = at + 6;
        while (i < tag.length() && (tag.charAt(i) == '=' || tag.charAt(i) == '"' || tag.charAt(i) == '\'' || tag.charAt(i) == ' ')) {
            i++;
        }
        int from = i;
        while (i < tag.length() && (Character.isDigit(tag.charAt(i)) || tag.charAt(i) == ':')) {
            i++;
        }
        return WrittenTime.parse(tag.substring(from, i));
    }

    private static boolean isValueChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
    }
}
