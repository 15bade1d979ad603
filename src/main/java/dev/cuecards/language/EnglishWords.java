package dev.cuecards.language;

import java.util.Locale;
import java.util.Map;

/**
 * How often a word is said in everyday English: its Zipf value (log10 of uses per billion words) in SUBTLEX-US, the
 * words of American film and television subtitles, shipped as {@code language/english-frequency.tsv} (built by
 * {@code scripts/english_frequency.py}, words said once in ten million and more). Where the table of nouns measures what notes talk about, this one measures
 * what anyone says: "career", "meal" and "ticket" are everyday words even in a vault that never names them.
 */
public final class EnglishWords {

    private static final String TABLE = "/language/english-frequency.tsv";
    /** Ten uses per million words and more: "toy", "career", "storage", "government". */
    private static final double EVERYDAY = 4.0;
    private static final double HOUSEHOLD = 4.5;
    private static final double COMMONLY_SAID = 3.5;
    private static final double RARELY_SAID = 3.0;
    /** Once in ten million words: the table's floor. */
    private static final double ENGLISH = 2.0;

    private static final EnglishWords SHIPPED = load();

    private static final Map<String, String> EVERYDAY_ACRONYMS = ShippedTable.read("/language/everyday-acronyms.tsv", v -> v);

    private final Map<String, Double> zipf;

    EnglishWords(Map<String, Double> zipf) {
        this.zipf = Map.copyOf(zipf);
    }

    /**
     * True for an acronym whose meaning any adult reader knows (GUI, PC, UV, CEO): read blind, a gap on one was the
     * word everyone would fill in, and asking what it stands for teaches nothing.
     */
    public boolean isEverydayAcronym(String text) {
        return EVERYDAY_ACRONYMS.containsKey(singular(text));
    }

    /**
     * True for an everyday acronym expanded as everyone knows it: "APIs (application programming interfaces)" is,
     * "APIs (active pharmaceutical ingredients)" is not, and is worth asking.
     */
    public boolean isEverydayAcronym(String acronym, String expansion) {
        String known = EVERYDAY_ACRONYMS.get(singular(acronym));
        return known != null && Chars.lowerWords(known).equals(Regex.replaceAll(Chars.lowerWords(expansion), "s$", ""));
    }

    private static String singular(String acronym) {
        return Regex.replaceAll(acronym.strip(), "(?<=[A-Z])s$", "");
    }

    public static EnglishWords get() {
        return SHIPPED;
    }

    /** The word's Zipf value, or of its singular when that is higher; 0 for a word said less than once in a million. */
    public double zipf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Math.max(zipf.getOrDefault(lower, 0.0), zipf.getOrDefault(Tagger.nounLemma(lower), 0.0));
    }

    /**
     * True for a word of the English language, said at least once in ten million words ("layoffs", "resonance"),
     * as against a name coined for a product ("Sagemaker", "Kubernetes").
     */
    public boolean isEnglish(String word) {
        return zipf(word) >= ENGLISH;
    }

    /**
     * True for a word said three times in a million or more ("resistance", "environment"): a phrase made only of
     * such words was kept, read blind, one time in three as a gap.
     */
    public boolean isCommonlySaid(String word) {
        return zipf(word) >= COMMONLY_SAID;
    }

    /**
     * True for a word said less than once in a million words, or never in the table ("aberration", "slush",
     * "buildouts"): a phrase of ordinary words needs one such to be a term rather than a way of speaking.
     */
    public boolean isRarelySaid(String word) {
        return zipf(word) < RARELY_SAID;
    }

    /** True for a word said ten times in a million or more: one any reader would fill in. */
    public boolean isEveryday(String word) {
        return zipf(word) >= EVERYDAY;
    }

    /**
     * True for a one-word name said thirty times in a million or more as written ("Jesus", "Mac", "Texas",
     * "Sunday"): read blind, such a name in a gap was the one answer anyone would give. Longer names are left
     * alone: people's names are made of such words too (Steve Jobs, Larry Summers).
     */
    public boolean isHouseholdName(String name) {
        String word = name.strip().replaceAll("['’]s?$", "");
        return !word.isEmpty() && word.chars().allMatch(Character::isLetter)
                && zipf.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0) >= HOUSEHOLD;
    }

    private static EnglishWords load() {
        return new EnglishWords(ShippedTable.read(TABLE, Double::parseDouble));
    }
}
