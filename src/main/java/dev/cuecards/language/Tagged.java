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

    /**
     * The first verb that can carry the sentence: a finite verb outside every relative clause. "Employees who moved
     * away from cities" and "A technician who claimed to have worked on a craft that made its first flight" have
     * none: the relative clause's verb group is its own. Nor has "Essential for increasing BDNF" or "Allowing more
     * wilderness to foster joy": an -ing form, an infinitive and a participle after an article ("the increased
     * demand") are no finite verb. The tagger takes some verbs for nouns or adjectives ("Hanzi argues/NOUN that…",
     * "Kling embarked/ADJ on…"): a word ending in -s or -ed right after a subject and before more words counts as
     * a verb too. -1 when there is none.
     */
    public int mainVerb() {
        int found = mainVerb;
        if (found == UNKNOWN) {
            found = findMainVerb();
            mainVerb = found; // a benign race: every thread computes the same value
        }
        return found;
    }

    private int findMainVerb() {
        boolean relative = false;
        int brackets = 0;
        for (int k = 0; k < size(); k++) {
            brackets += isWord(k, "(") ? 1 : isWord(k, ")") && brackets > 0 ? -1 : 0;
            if (k > 0 && (isRelative(k) || isWord(k, "that") && isNoun(k - 1))) {
                relative = true;
                continue;
            }
            // "…, conflicting timelines (experiments are often useful…)": an aside's verb is the aside's
            if (brackets > 0 || !isFinite(k)) {
                continue;
            }
            if (!relative) {
                return k;
            }
            relative = false;
            while (k + 1 < size() && (isAnyVerb(k + 1) || tags[k + 1].equals("ADV") || tags[k + 1].equals("PART") || isWord(k + 1, "to"))) {
                k++;
            }
        }
        return -1;
    }

    /** True when the tagger saw verbs in the sentence, yet none of them carries it (see {@link #mainVerb()}). */
    public boolean lacksMainVerb() {
        for (int k = 0; k < size(); k++) {
            if (isAnyVerb(k)) {
                return mainVerb() < 0;
            }
        }
        return false;
    }

    private boolean isAnyVerb(int k) {
        return tags[k].equals("VERB") || tags[k].contains("AUX");
    }

    private boolean isRelative(int k) {
        return isWord(k, "who") || isWord(k, "which") || isWord(k, "whom") || isWord(k, "whose");
    }

    /** True when word {@code k} is {@code word}, in any case. */
    private boolean isWord(int k, String word) {
        return ends[k] - starts[k] == word.length() && text.regionMatches(true, starts[k], word, 0, word.length());
    }

    private boolean endsWith(int k, String ending) {
        int length = ends[k] - starts[k];
        return length > ending.length() && text.regionMatches(true, ends[k] - ending.length(), ending, 0, ending.length());
    }

    private boolean isFinite(int k) {
        if (!isAnyVerb(k)) {
            // "fixer-type individuals who…": a noun before "who" is the one the clause speaks of, never a verb
            if (!tags[k].equals("NOUN") && !tags[k].equals("ADJ") || k == 0 || k + 1 >= size() || isPunctuation(k + 1) || isRelative(k + 1)) {
                return false;
            }
            boolean verbShaped = ends[k] - starts[k] >= 3 && isLetters(k) && (endsWith(k, "ed")
                    || endsWith(k, "s") && !endsWith(k, "ss") && !endsWith(k, "us"));
            char before = text.charAt(starts[k - 1]);
            boolean afterSubject = isNoun(k - 1) || tags[k - 1].equals("PRON") || Character.isUpperCase(before)
                    || ends[k - 1] - starts[k - 1] == 1 && "\"”’)".indexOf(before) >= 0;
            return verbShaped && afterSubject;
        }
        boolean gerund = endsWith(k, "ing"); // "being", "having" are tagged AUX
        boolean infinitive = k > 0 && isWord(k - 1, "to");
        boolean afterArticle = tags[k].equals("VERB") && endsWith(k, "ed")
                && (k == 0 || tags[k - 1].equals("DET") || tags[k - 1].equals("ADP") || tags[k - 1].equals("ADJ"));
        return !gerund && !infinitive && !afterArticle;
    }

    /** True for a word of ASCII letters only, in either case, as the words a verb's ending is read from. */
    private boolean isLetters(int k) {
        for (int c = starts[k]; c < ends[k]; c++) {
            char ch = text.charAt(c);
            char lower = (char) (ch | 0x20);
            if (lower < 'a' || lower > 'z') {
                return false;
            }
        }
        return true;
    }

    private static final int UNKNOWN = -2;
    private int mainVerb = UNKNOWN;


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
