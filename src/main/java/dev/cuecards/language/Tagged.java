package dev.cuecards.language;

import java.util.Arrays;

/**
 * A sentence's words with their parts of speech (Universal Dependencies tags: NOUN, PROPN, VERB, AUX, ADJ, NUM, …), kept compactly: the
 * words are spans of the text, so tagging a whole vault once costs a few bytes a word.
 */
public final class Tagged {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] tags;

    Tagged(String text, int[] starts, int[] ends, String[] tags) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.tags = tags;
    }

    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public String tag(int i) {
        return tags[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The text from word {@code from} through word {@code to}, inclusive. */
    public String span(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }

    /** The word whose span holds the character at {@code position}, or -1 when none does. */
    public int wordAt(int position) {
        int i = Arrays.binarySearch(starts, position);
        if (i >= 0) {
            return i;
        }
        int before = -i - 2;
        return before >= 0 && position < ends[before] ? before : -1;
    }

    /** A common or proper noun. */
    public boolean isNoun(int i) {
        return tags[i].equals("NOUN") || tags[i].equals("PROPN");
    }

    public boolean isProperNoun(int i) {
        return tags[i].equals("PROPN");
    }

    /** A verb or an auxiliary ("is", "can", "doesn't"). */
    public boolean isVerb(int i) {
        return tags[i].equals("VERB") || tags[i].startsWith("AUX");
    }

    /**
     * True for a plural-looking noun that the tagger most likely mistook for the verb it is: one that follows another
     * noun and is followed straight by a determiner, a pronoun, a number or an -ing verb ("the process facilitates
     * using…", "a standard function maps one set…").
     */
    public boolean isNounUsedAsVerb(int i) {
        if (!tags[i].equals("NOUN") || i == 0 || i + 1 >= size() || !isNoun(i - 1) || !word(i).endsWith("s") || word(i).endsWith("ss")) {
            return false;
        }
        String next = tags[i + 1];
        return next.equals("DET") || next.equals("PRON") || next.equals("NUM") || next.equals("VERB") && word(i + 1).endsWith("ing");
    }

    public boolean isAdjective(int i) {
        return tags[i].equals("ADJ");
    }

    public boolean isNumber(int i) {
        return tags[i].equals("NUM");
    }

    /** A word that carries no content of its own: determiner, preposition, conjunction, pronoun, particle, auxiliary. */
    public boolean isFunctionWord(int i) {
        return switch (tags[i]) {
            case "DET", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "AUX", "INTJ" -> true;
            default -> tags[i].startsWith("AUX");
        };
    }

    /** Punctuation and symbols, as the tagger marks them. */
    public boolean isPunctuation(int i) {
        return tags[i].equals("PUNCT") || tags[i].equals("SYM");
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            out.append(i > 0 ? " " : "").append(word(i)).append('/').append(tags[i]);
        }
        return out.toString();
    }
}
