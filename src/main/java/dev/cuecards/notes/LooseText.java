package dev.cuecards.notes;

import java.util.List;
import java.util.Optional;

/**
 * Text that flexmark left as text but that still holds timestamp markup, read by the same fallback rule as the
 * anchors: an anchor whose opening tag is broken ({@code <a class="yt-timestamp.}, {@code <aclass=…},
 * {@code <a class="yt="yt-timestamp" data-t="00:04:04">}), the tail of a tag cut by a line break
 * ({@code class="yt-timestamp" data-t="00:06:28">}), and bracketed times flexmark read as link text
 * ({@code [04:40:00][04:47:00][04:44:00]}). A tag gives its {@code data-t} time when it has one; a bracketed time
 * that is no time ({@code [01:19:64]}) is dropped. Each is reported; the words around them are read on.
 */
final class LooseText {

    private static final int LONGEST_TAIL = 200;
    private static final int LONGEST_BRACKET = 14;

    /** What a text ended with: a broken anchor tag, and whether it gave a time. */
    enum Ending { TEXT, TAG_WITH_TIME, TAG_WITHOUT_TIME }

    private final InlineReader reader;
    private final Reading reading;

    LooseText(InlineReader reader, Reading reading) {
        this.reader = reader;
        this.reading = reading;
    }

    /** Adds the text's pieces to {@code out}; tells whether it ended inside a broken anchor. */
    Ending read(String text, int start, List<Inline> out) {
        int from = 0;
        Ending ending = Ending.TEXT;
        int i = 0;
        while (i < text.length()) {
            int end = -1;
            char c = text.charAt(i);
            if (c == '<' && BrokenAnchor.startsAt(text, i)) {
                end = BrokenAnchor.end(text, i);
            } else if (c == 'c' && (i == 0 || Character.isWhitespace(text.charAt(i - 1))) || c == 'd' && text.startsWith("data-t", i)) {
                end = tagTail(text, i);
            } else if (c == '[') {
                end = bracketedTime(text, i);
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (i > from) {
                out.add(new Inline.Text(text.substring(from, i), start + from, start + i));
            }
            String markup = text.substring(i, end);
            boolean tag = c != '[';
            Optional<WrittenTime> time = tag ? BrokenAnchor.dataT(markup) : WrittenTime.parse(markup.substring(1, markup.length() - 1));
            report(markup, tag, time, reading.line(start + i));
            int at = start + i;
            time.ifPresent(t -> reader.stamp(t, at, at + markup.length(), out));
            ending = tag && Whitespace.isBlank(text.substring(end)) ? time.isPresent() ? Ending.TAG_WITH_TIME : Ending.TAG_WITHOUT_TIME : Ending.TEXT;
            from = end;
            i = end;
        }
        if (from < text.length()) {
            out.add(new Inline.Text(text.substring(from), start + from, start + text.length()));
        }
        return ending;
    }

    private void report(String markup, boolean tag, Optional<WrittenTime> time, int line) {
        if (!tag && time.isPresent()) {
            return;
        }
        if (!tag) {
            reading.report(line, "malformed timestamp '" + markup + "' (expected HH:MM:SS with minutes and seconds 00-59); it is ignored");
        } else if (time.isPresent()) {
            reading.report(line, "broken timestamp anchor '" + markup + "'; its data-t time " + time.get().text() + " is used");
        } else {
            reading.report(line, "broken timestamp anchor '" + markup + "'; it gives no time and the text after it is read on");
        }
    }

    /**
     * Just past the tail of a tag at {@code at}: {@code class="…" data-t="…">} up to its {@code >}, or a lone
     * {@code data-t…} word (no note says "data-t" but in a tag); else -1.
     */
    private static int tagTail(String text, int at) {
        boolean dataT = text.startsWith("data-t", at);
        if (!(text.startsWith("class=", at) || dataT)) {
            return -1;
        }
        int limit = Math.min(text.length(), at + LONGEST_TAIL);
        for (int j = at; j < limit && text.charAt(j) != '<'; j++) {
            if (text.charAt(j) == '>') {
                String tail = text.substring(at, j);
                return tail.contains("data-t") || tail.contains("timestamp") ? j + 1 : -1;
            }
        }
        if (!dataT) {
            return -1;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** True for what is written like a time, well formed or not: digits and colons, ending in two digits. */
    static boolean isTimeShaped(CharSequence text) {
        return bracketedTime("[" + text + "]", 0) > 0;
    }

    /** Just past a bracketed time such as {@code [04:40:00]} (well formed or not) at {@code at}; else -1. */
    private static int bracketedTime(String text, int at) {
        int limit = Math.min(text.length(), at + LONGEST_BRACKET);
        int colons = 0;
        int lastField = 0;
        for (int j = at + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ']') {
                boolean link = j + 1 < text.length() && text.charAt(j + 1) == '(';
                return colons >= 1 && lastField == 2 && !link ? j + 1 : -1;
            }
            if (c == ':') {
                colons++;
                lastField = 0;
            } else if (Character.isDigit(c)) {
                lastField++;
            } else if (!Character.isDigit(c)) {
                return -1;
            }
        }
        return -1;
    }
}
