package dev.cuecards.cards;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a claim a learner should recall: bold terms, wiki-link texts, acronyms, names, numbers with
 * their units and years. Never a stopword, a pronoun or most of the sentence.
 */
final class KeyPhrases {

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*s?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[5-9]\\d{2}|20\\d{2})(?:s|\\s?[-–]\\s?(?:1[5-9]\\d{2}|20\\d{2}))?\\b");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.-])[$€£]?\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?(?:\\s?%|\\s?(?:million|billion|trillion|thousand)\\b)?"
                    + "(?:[- ](?:bytes?|times|hours?|days?|weeks?|months?|years?|minutes?|seconds?|percent|GB|MB|TB|nm|cores|units|users|people|person-years|competitors|products))?"
                    + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds|thousands) (?:times|months|years|weeks|days|hours|minutes|million|billion)\\b");
    private static final Pattern NAME = Pattern.compile("\\b(?:[A-Z][a-z]+[A-Z]\\w*|[A-Z][\\w-]*(?:'s(?=\\s+[A-Z]))?(?:\\s+(?:of\\s+|de\\s+)?(?:[A-Z]\\.(?=\\s+[A-Z])|[A-Z][\\w-]*)){0,3}(?:\\s+\\d+[a-z]{0,2}\\b)?)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{3,48}?)[,.]?\"|“([^”]{3,48}?)[,.]?”");
    private static final Pattern INLINE_MATH = Pattern.compile("(?<!\\$)\\$[^$]{1,30}\\$(?!\\$)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");
    private static final Set<String> FUNCTION_WORDS = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must", "also", "not", "very",
            "more", "most", "much", "many", "such", "only", "just", "than", "then", "into", "onto", "about", "which", "who",
            "whom", "whose", "where", "when", "while", "what", "how", "why", "this", "that", "these", "those", "their", "there",
            "they", "them", "it", "its", "our", "your", "you", "we", "he", "she", "his", "her", "a", "an", "the", "of", "to",
            "in", "on", "at", "by", "for", "with", "from", "as", "and", "or", "but", "if", "so", "because", "like", "between",
            "among", "over", "under", "after", "before", "during", "through", "without", "within", "across", "against",
            "toward", "towards", "upon", "per", "via", "each", "every", "some", "any", "all", "both", "either", "neither",
            "other", "another", "own", "same", "using", "used", "make", "makes", "made", "allow", "allows", "allowing", "help",
            "helps", "even", "still", "often", "typically", "usually", "highly", "significantly", "directly", "specific",
            "certain", "various", "several", "different", "new", "way", "ways", "thing", "things", "lot", "well", "able", "up",
            "out", "one", "two", "three", "first", "second", "less", "further", "already", "always", "never", "here", "now");
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "this", "that", "these", "those", "it", "its", "they", "their", "he", "she", "we", "you", "i", "a", "an",
            "however", "while", "when", "if", "in", "on", "for", "to", "by", "as", "at", "with", "from", "after", "before",
            "although", "because", "since", "once", "despite", "unlike", "therefore", "thus", "furthermore", "additionally",
            "essentially", "finally", "first", "second", "third", "then", "also", "but", "and", "or", "so", "yet", "there",
            "here", "each", "every", "some", "many", "most", "all", "both", "other", "another", "one", "no", "not", "even",
            "during", "through", "until", "over", "under", "between", "among", "like", "such", "what", "why", "how", "which",
            "who", "where", "instead", "rather", "only", "just", "still", "again", "around", "about", "originally", "currently",
            "today", "later", "early", "now", "go", "click", "select", "enter", "use", "search", "install", "navigate", "paste");
    private static final Set<String> GENERIC = Set.of("important", "note", "example", "code", "functionality", "consideration",
            "result", "summary", "tip", "warning", "caution", "info", "conclusion", "introduction", "overview", "key", "q4");

    private KeyPhrases() {
    }

    /** The key phrases of a claim, best first, none overlapping another, scored alike wherever they stand. */
    static List<Phrase> find(Claim claim, String text) {
        return find(claim, text, phrase -> 1);
    }

    /**
     * The key phrases of a claim, best first, none overlapping another.
     *
     * @param claimsMentioning how many claims of the note mention a phrase: one said once is worth more as a gap than
     *                         the note's topic, which every claim names
     */
    static List<Phrase> find(Claim claim, String text, ToIntFunction<String> claimsMentioning) {
        List<Phrase> found = new ArrayList<>();
        for (String bold : claim.boldTerms()) {
            addAll(found, text, bold, shapeOf(bold), 6);
        }
        if (claim.role() instanceof ClaimRole.TermItem item) {
            addAll(found, text, item.term(), PhraseType.LABEL, 6);
        }
        for (String link : claim.linkTexts()) {
            if (link.split("\\s+").length <= 3 && !FUNCTION_WORDS.contains(link.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                addAll(found, text, link, shapeOf(link), 5);
            }
        }
        addMatches(found, text, ACRONYM, PhraseType.ACRONYM, 5);
        addMatches(found, text, YEAR, PhraseType.YEAR, 5);
        addMatches(found, text, NUMBER, PhraseType.NUMBER, 4);
        addMatches(found, text, NAME, PhraseType.NAME, 3);
        Matcher math = INLINE_MATH.matcher(text);
        while (math.find()) {
            found.add(new Phrase(math.group(), PhraseType.FORMULA, math.start(), math.end(), 3));
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String inside = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            int start = quoted.start() + 1;
            if (inside.split("\\s+").length <= 5) {
                found.add(new Phrase(inside, PhraseType.TERM, start, start + inside.length(), 4));
            }
        }
        Set<String> expanded = new java.util.HashSet<>();
        AcronymCards.find(text).forEach(e -> {
            expanded.add(e.acronym().toLowerCase(Locale.ROOT));
            expanded.add(e.longName().toLowerCase(Locale.ROOT));
        });
        List<Phrase> rescored = new ArrayList<>();
        for (Phrase phrase : found) {
            if (!expanded.contains(phrase.text().toLowerCase(Locale.ROOT))) {
                rescored.add(rescore(phrase, claimsMentioning.applyAsInt(phrase.text())));
            }
        }
        return bestNonOverlapping(rescored, text);
    }

    private static Phrase rescore(Phrase phrase, int mentions) {
        int rarity = mentions <= 1 ? 2 : mentions == 2 ? 1 : mentions >= 4 ? -2 : 0;
        int innerCapital = hasInnerCapital(phrase.text()) && phrase.type() == PhraseType.NAME ? 1 : 0;
        return new Phrase(phrase.text(), phrase.type(), phrase.start(), phrase.end(), phrase.score() + rarity + innerCapital);
    }

    /** A bold phrase or link text shaped like a name counts as a name, for distractors of its own kind. */
    private static PhraseType shapeOf(String phrase) {
        boolean capitalised = java.util.Arrays.stream(phrase.split("\\s+")).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
        if (phrase.matches("[A-Z][A-Z0-9]{1,7}s?")) {
            return PhraseType.ACRONYM;
        }
        return capitalised && phrase.split("\\s+").length <= 3 ? PhraseType.NAME : PhraseType.TERM;
    }

    private static void addAll(List<Phrase> found, String text, String phrase, PhraseType type, int score) {
        String p = phrase.strip();
        if (p.length() < 2) {
            return;
        }
        Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(p) + "(?![\\w])").matcher(text);
        while (m.find()) {
            found.add(new Phrase(p, type, m.start(), m.end(), score));
        }
    }

    private static void addMatches(List<Phrase> found, String text, Pattern pattern, PhraseType type, int score) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String phrase = m.group().strip();
            int start = m.start() + (m.group().length() - m.group().stripLeading().length());
            if (type == PhraseType.NAME) {
                phrase = trimName(phrase);
                if (phrase.matches("^[A-Z0-9]+-[a-z].*")) {
                    continue;
                }
                boolean opensSentence = start == 0 || text.substring(0, start).matches("(?s).*[:.!?]\\s*$");
                if (phrase.isEmpty() || opensSentence && !phrase.contains(" ") && !hasInnerCapital(phrase)) {
                    continue;
                }
            }
            if (type == PhraseType.NUMBER && phrase.matches("\\d{1,2}") && score < 5) {
                score = 2;
            }
            found.add(new Phrase(phrase, type, start, start + phrase.length(), score + (phrase.contains(" ") ? 1 : 0)));
        }
    }

    /** Drops leading words that are capitalised only because they open the sentence or are not names. */
    private static String trimName(String phrase) {
        String[] words = phrase.split("\\s+");
        int from = 0;
        while (from < words.length && NOT_NAMES.contains(words[from].toLowerCase(Locale.ROOT))) {
            from++;
        }
        int to = words.length;
        while (to > from && NOT_NAMES.contains(words[to - 1].toLowerCase(Locale.ROOT))) {
            to--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<Phrase> bestNonOverlapping(List<Phrase> found, String text) {
        List<Phrase> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Phrase p) -> -p.score()).thenComparingInt(Phrase::start));
        List<Phrase> kept = new ArrayList<>();
        for (Phrase phrase : sorted) {
            if (isWorthAGap(phrase, text) && kept.stream().noneMatch(phrase::overlaps)) {
                kept.add(phrase);
            }
        }
        return kept;
    }

    static boolean isWorthAGap(Phrase phrase, String text) {
        String lower = phrase.text().toLowerCase(Locale.ROOT);
        int words = phrase.text().split("\\s+").length;
        return phrase.text().length() >= 2 && !NOT_NAMES.contains(lower) && !GENERIC.contains(lower)
                && words <= 6 && phrase.text().length() * 2 < text.length();
    }

    /**
     * For a claim without any name, term or number: its runs of content words ("specific applications"), the noun
     * phrases sentences mostly end on, last first. At most the last two words of a longer run, so the verb stays
     * visible.
     */
    static List<Phrase> nounPhrases(String text) {
        Matcher m = WORD.matcher(text);
        List<List<int[]>> runs = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        int previousEnd = -1;
        while (m.find()) {
            boolean content = !FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT)) && m.group().length() > 2;
            boolean adjacent = previousEnd >= 0 && text.substring(previousEnd, m.start()).equals(" ");
            if ((!content || !adjacent) && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (content) {
                run.add(new int[] {m.start(), m.end()});
            }
            previousEnd = m.end();
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        List<Phrase> phrases = new ArrayList<>();
        for (int r = runs.size() - 1; r >= 0; r--) {
            List<int[]> words = runs.get(r);
            List<int[]> tail = words.size() > 3 ? words.subList(words.size() - 2, words.size()) : words;
            while (tail.size() > 1 && text.substring(tail.get(0)[0], tail.get(0)[1]).matches(".*(ed|ing)$")) {
                tail = tail.subList(1, tail.size());
            }
            int start = tail.get(0)[0];
            int end = tail.get(tail.size() - 1)[1];
            boolean capitalOpener = tail.size() == 1 && Character.isUpperCase(text.charAt(start))
                    && (start == 0 || text.substring(0, start).matches("(?s).*[:.!?]\\s*$"));
            if (end - start >= 6 && !looksLikeVerb(text, start, end) && !capitalOpener) {
                phrases.add(new Phrase(text.substring(start, end), PhraseType.TERM, start, end, 1));
            }
        }
        return phrases;
    }

    /** A run that ends in -ed, -ing or -ly, or follows "to", "be" or a modal, or precedes "to", is most likely a verb. */
    private static boolean looksLikeVerb(String text, int start, int end) {
        String phrase = text.substring(start, end).toLowerCase(Locale.ROOT);
        String before = text.substring(0, start).strip().toLowerCase(Locale.ROOT);
        String after = text.substring(end).strip().toLowerCase(Locale.ROOT);
        String previousWord = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        return phrase.matches(".*(ed|ing|ly)$") || Set.of("to", "be", "can", "will", "would", "could", "should", "may",
                "might", "must", "not", "also").contains(previousWord) || after.startsWith("to ");
    }

    static boolean isGeneric(String term) {
        return GENERIC.contains(term.toLowerCase(Locale.ROOT).strip());
    }
}
