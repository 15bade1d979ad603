package dev.cuecards.notes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One HTML tag as written in a note ({@code <a class="yt-timestamp" data-t="00:01:08">}): its name and attributes. */
record HtmlTag(String name, boolean closing, Map<String, String> attributes) {

    /** Reads a tag flexmark found as inline HTML; empty when the text is not a tag (a comment, say). */
    static Optional<HtmlTag> read(CharSequence tag) {
        int n = tag.length();
        if (n < 3 || tag.charAt(0) != '<') {
            return Optional.empty();
        }
        int i = 1;
        boolean closing = tag.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        while (i < n && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == '-')) {
            i++;
        }
        if (i == nameStart) {
            return Optional.empty();
        }
        String name = tag.subSequence(nameStart, i).toString().toLowerCase(Locale.ROOT);
        return Optional.of(new HtmlTag(name, closing, attributes(tag, i)));
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    boolean is(String tagName) {
        return name.equals(tagName);
    }

    private static Map<String, String> attributes(CharSequence tag, int from) {
        Map<String, String> attributes = new LinkedHashMap<>();
        int n = tag.length();
        int i = from;
        while (i < n) {
            while (i < n && (Character.isWhitespace(tag.charAt(i)) || tag.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(tag.charAt(i)) && "=>/\"'".indexOf(tag.charAt(i)) < 0) {
                i++;
            }
            if (i == nameStart) {
                break;
            }
            String name = tag.subSequence(nameStart, i).toString().toLowerCase(Locale.ROOT);
            String value = "";
            if (i < n && tag.charAt(i) == '=') {
                i++;
                char quote = i < n ? tag.charAt(i) : ' ';
                int valueStart = quote == '"' || quote == '\'' ? ++i : i;
                while (i < n && (quote == '"' || quote == '\'' ? tag.charAt(i) != quote : !Character.isWhitespace(tag.charAt(i)) && tag.charAt(i) != '>')) {
                    i++;
                }
                value = tag.subSequence(valueStart, Math.min(i, n)).toString();
                if (i < n && (tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
                    i++;
                }
            }
            attributes.putIfAbsent(name, value);
        }
        return attributes;
    }
}
