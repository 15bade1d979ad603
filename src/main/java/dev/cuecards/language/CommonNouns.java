package dev.cuecards.language;

import java.util.Map;

/**
 * How common a noun is in video notes at large: the share of claims that use its lemma, measured once over a real
 * vault of 4,984 notes and shipped as {@code language/common-nouns.tsv}. A fixed table rather than the user's own
 * vault, so a note's cards do not change when other notes are added, and a vault of one note is judged as fairly as
 * one of thousands.
 */
public final class CommonNouns {

    private static final String TABLE = "/language/common-nouns.tsv";
    private static final String COMPOUNDS = "/language/common-compounds.tsv";
    private static final String NAMES = "/language/common-names.tsv";
    private static final String WIDELY_NAMED = "/language/widely-named.tsv";
    private static final String WIDELY_SAID = "/language/widely-said.tsv";
    /** Said in three or more channels of the measured vault: what viewers of any of them know. */
    private static final int WIDELY = 3;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}*+#]+(?:['’.&/-][\\p{L}\\p{N}*+#]+)*");
    /** Used by one claim in a thousand or more: a noun every reader knows. */
    private static final int EVERYDAY = 10;
    /** Used by one claim in a hundred or more: "system", "data", "model". */
    private static final int EVERYWHERE = 100;
    /** One in three hundred: common in notes, still a content word. */
    private static final int COMMON = 33;

    private static final CommonNouns SHIPPED = load();

    private final Map<String, Integer> perTenThousand;
    private final Map<String, Integer> compoundNotes;
    private final Map<String, Integer> everydayNames;
    private final Map<String, Integer> widelyNamed;
    private final Map<String, Integer> widelySaid;

    CommonNouns(Map<String, Integer> perTenThousand, Map<String, Integer> compoundNotes, Map<String, Integer> everydayNames,
            Map<String, Integer> widelyNamed, Map<String, Integer> widelySaid) {
        this.perTenThousand = Map.copyOf(perTenThousand);
        this.compoundNotes = Map.copyOf(compoundNotes);
        this.everydayNames = Map.copyOf(everydayNames);
        this.widelyNamed = Map.copyOf(widelyNamed);
        this.widelySaid = Map.copyOf(widelySaid);
    }

    public static CommonNouns get() {
        return SHIPPED;
    }

    /** Claims in ten thousand that use the lemma; 0 for a noun rarer than one in five thousand. */
    public int perTenThousand(String lemma) {
        return perTenThousand.getOrDefault(lemma, 0);
    }

    /** True for a noun one claim in a thousand or more uses ("culture", "user", "model"). */
    public boolean isEveryday(String lemma) {
        return perTenThousand(lemma) >= EVERYDAY;
    }

    /** True for a noun in the table at all, one claim in five thousand or more: English a reader meets often. */
    public boolean isKnown(String lemma) {
        return perTenThousand(lemma) > 0;
    }

    /**
     * How many notes of the measured vault (4,984) write these two nouns together ("transaction fees", "cloud
     * computing"): a compound written in several notes is a term, one made up for a sentence ("income source") is not.
     */
    public int notesWriting(String modifier, String head) {
        return compoundNotes.getOrDefault(compoundKey(modifier, head), 0);
    }

    /**
     * True for a name one note in a hundred of the measured vault names ("Google", "China", "AI", and "AIs"): any reader
     * would guess it, so it makes a poor gap however well the sentence pins it down.
     */
    public boolean isEverydayName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return everydayNames.containsKey(lower) || lower.endsWith("s") && everydayNames.containsKey(lower.substring(0, lower.length() - 1));
    }

    /**
     * True for a name that one channel in ten of the measured vault names (Mark Zuckerberg, Afghanistan, Twitter,
     * Silicon Valley): whatever the video, its viewers know it. Read blind, a gap on a name that 9 or more of the
     * vault's 81 channels name was kept about one time in four, against seven in ten for a name one channel names.
     */
    public boolean isWidelyNamed(String name) {
        return widelyNamed.containsKey(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * How many channels of the measured vault say this phrase (a name, a term, an acronym) in their claims, counted
     * for phrases that some claim offers as a gap and kept from two channels up; 0 for any other phrase. A plural is
     * looked up as written and without its last "s".
     */
    public int channelsSaying(String phrase) {
        String key = sayingKey(phrase);
        if (key.length() < 2) {
            return 0; // "A" is an article as often as a name
        }
        int said = widelySaid.getOrDefault(key, 0);
        return said > 0 || !key.endsWith("s") ? said : widelySaid.getOrDefault(key.substring(0, key.length() - 1), 0);
    }

    /**
     * True for a phrase three or more channels of the measured vault say ("Civil War", "diminishing returns",
     * "Google Drive", "OPEC"): general knowledge rather than the video's. Read blind over 500 cards of 400 notes, a gap
     * on such a phrase was kept about one time in five, against six in ten for a phrase no other channel says.
     */
    public boolean isWidelySaid(String phrase) {
        return channelsSaying(phrase) >= WIDELY;
    }

    /** The words of a phrase in lower case, one space between them: the key of the table of widely said phrases. */
    public static String sayingKey(String phrase) {
        java.util.regex.Matcher m = WORD.matcher(phrase.toLowerCase(java.util.Locale.ROOT));
        StringBuilder key = new StringBuilder();
        while (m.find()) {
            key.append(key.length() == 0 ? "" : " ").append(m.group());
        }
        return key.toString();
    }

    /** The runs of proper nouns of a sentence, in lower case: the names the table of everyday names counts. */
    public static java.util.List<String> properNames(Tagged tagged) {
        java.util.List<String> names = new java.util.ArrayList<>();
        int i = 0;
        while (i < tagged.size()) {
            int to = i;
            while (to < tagged.size() && tagged.isProperNoun(to) && Regex.matches(tagged.word(to), "[\\p{L}\\p{N}.+#-]+")) {
                to++;
            }
            if (to > i) {
                names.add(tagged.span(i, to - 1).toLowerCase(java.util.Locale.ROOT));
                i = to;
            } else {
                i++;
            }
        }
        return names;
    }

    /** The table's key for two nouns written together: their lemmas. */
    public static String compoundKey(String modifier, String head) {
        return Tagger.nounLemma(modifier) + " " + Tagger.nounLemma(head);
    }

    /**
     * How much a gap on this noun tells: 2 for a noun rarer than one claim in a thousand, 1 for a rare one, 0 for a
     * common one, -1 for one nearly every note uses.
     */
    public int rarity(String lemma) {
        int per = perTenThousand(lemma);
        return per < EVERYDAY ? 2 : per < COMMON ? 1 : per < EVERYWHERE ? 0 : -1;
    }

    private static CommonNouns load() {
        return new CommonNouns(read(TABLE), read(COMPOUNDS), read(NAMES), read(WIDELY_NAMED), read(WIDELY_SAID));
    }

    private static Map<String, Integer> read(String resource) {
        return ShippedTable.read(resource, Integer::parseInt);
    }
}
