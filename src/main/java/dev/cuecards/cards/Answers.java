package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.language.Chars;
import dev.cuecards.language.CommonNouns;
import dev.cuecards.language.Tagger;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.Note;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an answer shows in a text a learner sees with the question: the answer itself, most of its words, or an
 * obvious form of it —
 * an acronym for its expansion and back (AWS and "Amazon Web Services"), from the note's own expansions or from
 * the initials of a run of capitalised words.
 */
final class Answers {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:1[5-9]|20)\\d{2}\\b");

    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "and", "the", "to", "in", "on", "a", "an", "&");

    private final Map<String, String> longNames = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();

    Answers(Note note) {
        for (Claim claim : note.claims()) {
            for (AcronymCards.Expansion e : AcronymCards.find(claim.text())) {
                longNames.putIfAbsent(key(e.acronym()), e.longName());
                acronyms.putIfAbsent(key(e.longName()), e.acronym());
            }
        }
    }

    /** True when the answer, or its acronym or expansion, stands in the text. */
    static boolean shownIn(String answer, String text, NoteContext note) {
        return note.answers().shows(answer, text);
    }

    /**
     * What a shown text offers every answer asked about it, worked out once: a note's title, a context line or a front
     * is asked about by each of its candidates in turn. Forgotten all at once past {@value #REMEMBERED_TEXTS}.
     */
    private static final class Seen {
        final String normalised;
        final boolean ascii;
        private String[] words;
        private Set<String> anyInitials;
        private Set<String> capitalInitials;

        Seen(String text) {
            this.normalised = QualityGates.normalise(text.replace(ClozeCards.GAP, " "));
            this.ascii = normalised.chars().allMatch(c -> c < 128);
        }

        synchronized String[] words() {
            if (words == null) {
                words = normalised.strip().split(" ");
            }
            return words;
        }

        synchronized Set<String> initials(String text, boolean anyCase) {
            if (anyCase) {
                if (anyInitials == null) {
                    anyInitials = initialsOfRuns(text, true);
                }
                return anyInitials;
            }
            if (capitalInitials == null) {
                capitalInitials = initialsOfRuns(text, false);
            }
            return capitalInitials;
        }
    }

    private static final int REMEMBERED_TEXTS = 4_000;
    private final Map<String, Seen> seenTexts = new java.util.concurrent.ConcurrentHashMap<>();

    private Seen seen(String text) {
        return dev.cuecards.language.Remembered.get(seenTexts, text, REMEMBERED_TEXTS, Seen::new);
    }

    boolean shows(String answer, String text) {
        Seen shownText = seen(text);
        String seen = shownText.normalised;
        String a = QualityGates.normalise(answer).strip();
        boolean number = a.chars().anyMatch(Character::isDigit);
        if ((a.length() >= 2 || number) && seen.contains(" " + a + " ")) {
            return true;
        }
        boolean accents = !shownText.ascii || a.chars().anyMatch(c -> c >= 128);
        if (accents && shownWithoutAccents(a, seen) || symbolsShown(answer, text)) {
            return true;
        }
        for (String form : List.of(longNames.getOrDefault(key(answer), ""), acronyms.getOrDefault(key(answer), ""))) {
            String f = QualityGates.normalise(form).strip();
            if (f.length() >= 2 && seen.contains(" " + f + " ")) {
                return true;
            }
        }
        String[] words = a.split(" ");
        if (words.length >= 2) {
            int content = 0;
            int shown = 0;
            for (String word : words) {
                if (word.length() >= 4) {
                    content++;
                    shown += seen.contains(" " + (word.endsWith("s") ? word.substring(0, word.length() - 1) : word)) ? 1 : 0;
                }
            }
            if (content > 0 && shown * 2 > content) {
                return true;
            }
        }
        boolean phrase = words.length <= 4 && !Regex.matches(answer, "(?s).*[:;,.?!].*");
        if (phrase && sharesFamily(a, answer, shownText.words(), text)) {
            return true;
        }
        for (String word : Regex.split(answer, "\\s+")) {
            String acronym = Regex.replaceFirst(word, "s$", "");
            if (phrase && answer.contains(" ") && Regex.matches(acronym, "[A-Z][A-Z0-9&]{2,7}") && shownText.initials(text, true).contains(acronym.toLowerCase(Locale.ROOT))) {
                return true; // "WAL mode" under "Write-ahead logging"
            }
        }
        java.util.regex.Matcher year = YEAR.matcher(answer);
        if (year.find() && Chars.containsWord(text.replace(ClozeCards.GAP, " "), year.group())) {
            return true; // "August [...]" is read off "The Barren Years (1962-1976)"
        }
        String letters = Regex.replaceFirst(answer.strip(), "s$", "");
        if (Regex.matches(letters, "[A-Z][A-Z0-9&]{1,7}")) {
            // "VC" beside "VCs", "GPUs" beside "GPU": the acronym in its other number
            String otherNumber = letters.equals(answer.strip()) ? letters + "s" : letters;
            return insideAWord(letters, text) || shownText.initials(text, letters.length() >= 3).contains(letters.toLowerCase(Locale.ROOT))
                    || Chars.containsWord(text, otherNumber);
        }
        String initials = AcronymCards.initials(answer);
        boolean named = initials.length() >= 2 && answer.contains(" ") && Character.isUpperCase(answer.charAt(0));
        return named && (seen.contains(" " + initials + " ") || dotted(initials, text))
                || initials.length() >= 2 && seen.contains(" " + initials + "s ");
    }

    /** True when the initials stand in the text with full stops, as "U.S." does for "United States". */
    private static boolean dotted(String initials, String text) {
        StringBuilder dotted = new StringBuilder();
        initials.chars().forEach(c -> dotted.append((char) c).append('.'));
        return text.toLowerCase(Locale.ROOT).contains(dotted);
    }

    /**
     * True when the answer stands in the text once its accents are left out, or its accented letters dropped, as
     * titles made from file names have them: "Antônio Júnior" in "Pastor Antonio Junior" or "Pastor Antnio Jnior".
     */
    private static boolean shownWithoutAccents(String answer, String seen) {
        for (java.util.function.UnaryOperator<String> plain : List.<java.util.function.UnaryOperator<String>>of(Answers::unaccented,
                text -> Regex.replaceAll(text, "[^\\x00-\\x7F]", ""))) {
            String a = plain.apply(answer).strip();
            String s = plain.apply(seen);
            if ((!a.equals(answer.strip()) || !s.equals(seen)) && a.length() >= 3 && s.contains(" " + a + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an answer that normalising would cut short, because it holds a sign ("A*", "Q*", "C++"), stands as
     * written in the text, between non-letters: "A*" in "A* Search Algorithm".
     */
    private static boolean symbolsShown(String answer, String text) {
        String a = answer.strip();
        if (a.length() < 2 || a.chars().allMatch(Character::isLetterOrDigit) || a.contains(" ")) {
            return false;
        }
        for (int at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + a.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an acronym stands, in its capitals, inside a longer word of the text: "VM" in "MicroVMs", "LM" in
     * "LLMs", "FMG" in "FMGE". The reader reads the answer off that word (or, for "LLMs", answers the longer one).
     */
    private static boolean insideAWord(String letters, String text) {
        for (int at = text.indexOf(letters); at >= 0; at = text.indexOf(letters, at + 1)) {
            int end = at + letters.length();
            boolean letterBefore = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
            boolean letterAfter = end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                    && !(text.charAt(end) == 's' && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1))));
            if (letterBefore || letterAfter) {
                return true;
            }
        }
        return false;
    }

    private static String unaccented(String text) {
        return Regex.replaceAll(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD), "\\p{M}+", "");
    }

    /**
     * True when a word of the answer that is not everyday English shows in the text in a form of its family
     * ("causality" beside "micro-causal", "windows" beside "window size", "interrogators" beside "interrogation"),
     * or a capitalised word of a name stands there as it is ("Ames" above "Ames Mutagenicity Test").
     */
    private static boolean sharesFamily(String normalised, String answer, String[] shown, String original) {
        String[] own = normalised.split(" ");
        for (String word : own) {
            // A one-word answer is given away by any form of it ("Tests" under "Test Retirement"); in a longer one,
            // only a word that is not everyday counts.
            boolean single = own.length == 1 && word.length() >= 3;
            if (!single && (word.length() < 5 || CommonNouns.get().rarity(Tagger.nounLemma(word)) < 1) || word.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            for (String other : shown) {
                if (family(word, other) || single && Tagger.nounLemma(word).equals(Tagger.nounLemma(other))) {
                    return true;
                }
            }
        }
        String[] words = Regex.split(answer, "\\s+");
        for (int k = 0; words.length >= 2 && k < words.length; k++) {
            String w = Regex.replaceAll(words[k], "[^\\p{L}\\p{N}]", "");
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    && Chars.containsWord(original.replace(ClozeCards.GAP, " "), w)) {
                return true;
            }
        }
        return false;
    }

    /** Two words of one family: they share a stem of five letters or more, differing at most in a short ending. */
    static boolean family(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 5 && common >= shorter - 3;
    }

    /**
     * The initials of every run of words in the text, hyphenated parts counted apart: "Amazon Web Services launched"
     * gives "aws" among others, "write-ahead logging" gives "wal". Runs of capitalised words only unless
     * {@code anyCase}: two letters are spelled by chance too easily.
     */
    private static Set<String> initialsOfRuns(String text, boolean anyCase) {
        Set<String> found = new java.util.HashSet<>();
        String[] words = Regex.split(text, "[^\\p{L}\\p{N}&']+");
        for (int from = 0; from < words.length; from++) {
            StringBuilder run = new StringBuilder();
            StringBuilder every = new StringBuilder(); // small words counted too: "fear of missing out" gives "fomo"
            StringBuilder capitals = new StringBuilder(); // a word in capitals counts whole: "JP Morgan" gives "jpm", "World War II" "wwii"
            boolean capitalised = true;
            for (int to = from; to < words.length && !words[to].isEmpty(); to++) {
                String w = words[to];
                if (!Character.isLetter(w.charAt(0))) {
                    if (run.length() >= 1 && Regex.matches(w, "\\d{1,2}")) {
                        found.add(run + w); // "Layer 2" gives "l2"
                    }
                    break;
                }
                every.append(Character.toLowerCase(w.charAt(0)));
                if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (!anyCase && !Character.isUpperCase(w.charAt(0))) {
                    break;
                }
                run.append(Character.toLowerCase(w.charAt(0)));
                if (run.length() >= 2) {
                    found.add(run.toString());
                }
                capitalised &= Character.isUpperCase(w.charAt(0));
                if (capitalised) {
                    capitals.append(Chars.allCapitals(w) ? w.toLowerCase(Locale.ROOT) : String.valueOf(Character.toLowerCase(w.charAt(0))));
                    if (capitals.length() >= 3) {
                        found.add(capitals.toString());
                    }
                }
                if (anyCase && every.length() >= 3) {
                    found.add(every.toString());
                }
            }
        }
        return found;
    }

    private static String key(String text) {
        return Chars.lowerWords(text);
    }
}
