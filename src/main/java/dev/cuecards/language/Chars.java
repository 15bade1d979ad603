package dev.cuecards.language;

/** Character classes the text rules share, written out so that the hot paths need no regular expression. */
public final class Chars {

    private Chars() {
    }

    /** True for what {@code [\p{L}\p{N}]} matches: a letter or a number of any script. */
    public static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** True when the text holds the word with neither a letter nor a number on either side of it. */
    /** True for a word of two letters or more, all of them capitals ("JP", "II", "NASA"); digits may stand among them. */
    public static boolean allCapitals(String word) {
        return word.chars().filter(Character::isLetter).count() >= 2 && word.chars().noneMatch(Character::isLowerCase);
    }

    public static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0 && !word.isEmpty(); at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isLetterOrNumber(text.codePointBefore(at))) && (end == text.length() || !isLetterOrNumber(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text in lower case with every run of characters other than letters and numbers made one space, and none
     * at either end: "Node.js — 2024!" gives "node js 2024".
     */
    public static String lowerWords(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
