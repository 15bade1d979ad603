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

    /** True when {@code <a} at {@code at} opens an anchor tag: a space, then a {@code class} or {@code data-t}. */
    static boolean startsAt(String text, int at) {
        if (!text.startsWith("<a", at)) {
            return false;
        }
        int i = at + 2;
        if (text.startsWith("class", i) || text.startsWith("data-t", i)) {
            return true;
        }
        if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.regionMatches(true, i, "class", 0, 5) || text.regionMatches(true, i, "data-t", 0, 6);
    }

    /**
     * Just past the broken tag opened at {@code at}: up to its {@code >} when one comes before any other tag and the
     * tag names its time ({@code <a class="yt="yt-timestamp" data-t="00:04:04">}); else over its {@code name=value}
     * words and a {@code >} if one follows.
     */
    static int end(String text, int at) {
        int limit = Math.min(text.length(), at + LONGEST);
        for (int j = at + 2; j < limit && text.charAt(j) != '<'; j++) {
            if (text.charAt(j) == '>') {
                String tag = text.substring(at, j);
                if (tag.contains("data-t") || tag.contains("timestamp")) {
                    return j + 1;
                }
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
