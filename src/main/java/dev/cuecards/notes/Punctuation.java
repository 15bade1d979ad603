package dev.cuecards.notes;

import java.util.regex.Pattern;

/** Repairs the spacing and stray separators left behind when anchors and markup are taken out of a sentence. */
final class Punctuation {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SEPARATOR_BETWEEN_STAMPS = Pattern.compile("(?<=\uE000)\\s*[,;]\\s*(?=\uE000)");
    private static final Pattern SEPARATOR_AFTER_LAST_STAMP = Pattern.compile("(\uE000)\\s*[,;]+\\s*$");
    private static final Pattern BRACKETS_AROUND_STAMPS = Pattern.compile("\\(\\s*(?:\uE000[\\s,;]*)+\\)|\\[\\s*(?:\uE000[\\s,;]*)+\\]");
    private static final Pattern SPACE_BEFORE_CLOSER = Pattern.compile(" +([,;:!?)\\]]|\\.(?!\\.))");
    private static final Pattern SPACE_AFTER_OPENER = Pattern.compile("([(\\[])\\s*\uE000[\\s\uE000]*");
    private static final Pattern SEPARATOR_BEFORE_END = Pattern.compile("[,;]+([.!?])(?!\\.)");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,;:]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;(\\[]+$");

    private Punctuation() {
    }

    /** Takes out what only stood there to hold timestamps: commas between anchors, brackets around them. */
    static String aroundStamps(String marked) {
        if (marked.indexOf(InlineText.STAMP) < 0) {
            return marked;
        }
        String tidy = SEPARATOR_BETWEEN_STAMPS.matcher(marked).replaceAll(" ");
        tidy = BRACKETS_AROUND_STAMPS.matcher(tidy).replaceAll("");
        tidy = SPACE_AFTER_OPENER.matcher(tidy).replaceAll("$1");
        return SEPARATOR_AFTER_LAST_STAMP.matcher(tidy).replaceAll("$1");
    }

    /** Spacing around punctuation, and separators left dangling at either end. */
    static String tidy(String text) {
        String tidy = collapseSpaces(text);
        tidy = SPACE_BEFORE_CLOSER.matcher(tidy).replaceAll("$1");
        tidy = SEPARATOR_BEFORE_END.matcher(tidy).replaceAll("$1");
        tidy = LEADING_SEPARATORS.matcher(tidy).replaceAll("");
        return TRAILING_SEPARATORS.matcher(tidy).replaceAll("");
    }

    static String collapseSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
