package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.language.CommonNouns;
import dev.cuecards.language.EnglishWords;
import dev.cuecards.language.Tagged;
import dev.cuecards.language.Tagger;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a claim a learner should recall, scored so the best can be kept: defined and bold terms,
 * link texts, names and acronyms (runs of proper nouns as the tagger reads them), numbers with their units, years
 * and dates, and, where nothing of these is at hand, an informative noun phrase. Never a verb, a function word,
 * a generic noun, half a name or most of the sentence.
 */
final class KeyPhrases {

    /** Below this score a phrase is not worth a card: a moment without a card beats a card asking for filler. */
    static final int WORTH_A_GAP = 4;
    /** The score of a phrase the note sets in bold: the writer marked it as a term. */
    private static final int BOLD = 7;
    /** Words that open a clause of its own: a verb after them is that clause's, not the one before. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "because", "when", "while",
            "if", "although", "but", "so", "where", "unless", "until", "since");
    private static final Set<String> INNER_FUNCTION_WORDS = Set.of("of", "with", "and", "or", "the", "a", "an", "for", "to", "in",
            "on", "at", "by", "from", "as", "into", "about");
    /** Notes of the measured vault (of 4,984) that write two everyday nouns together before they count as a stock pair. */
    private static final int STOCK_PAIR_NOTES = 8;

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*s?");
    // only an abbreviation takes the full stop: "July." at a sentence's end is "July"
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)";
    private static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:1[5-9]|20)\\d{2})?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?:1[5-9]|20)\\d{2})?)(?![\\w])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\w.,$€£-])(?:1[5-9]\\d{2}|20\\d{2})(?:s|\\s?[-–]\\s?(?:1[5-9]\\d{2}|20\\d{2}))?(?![\\w%,.]\\d|[\\w%])");
    private static final String SCALE = "(?:\\s?(?:million|billion|trillion|thousand|hundred|[kKmMbB](?![\\w])))?";
    private static final String UNIT = "(?:bytes?|bits?|GB|MB|KB|TB|PB|GHz|MHz|Hz|nm|mm|cm|km|kg|ms|μs|ns|watts?|W|kW|MW|GW|cores|"
            + "transistors|pixels|lines|tokens|parameters|requests|files|nodes|servers|GPUs|CPUs|chips|frames|fps|FPS|TFLOPS|FLOPS|qubits|degrees|miles|meters|feet|inches|pounds|ounces|lbs)";
    private static final String TIME_UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nanoseconds?|milliseconds?|microseconds?)";
    private static final String NUMBER_WORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|hundreds|thousands|millions|billions|a dozen|dozens)";
    /** What every month's name in {@link #DATE} begins with, and every number word in {@link #NUMBER_WORD} holds. */
    private static final String[] MONTH_PARTS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] NUMBER_WORD_PARTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen"};
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,$€£/:-])(?:([$€£])\\s?)?(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?" + SCALE + "|" + NUMBER_WORD + ")"
            + "(\\s?%|\\s?percent\\b|[- ]" + TIME_UNIT + "\\b|[- ]" + UNIT + "(?![\\w])|[- ](?:[a-z]+-)?[a-z]{3,}s\\b)?(?![\\w:])");
    /** A bare number a sentence states as its value, at its end: "the output of χ is -1", "the sum equals 0". */
    private static final Pattern VALUE = Pattern.compile("(?:\\bis|\\bequals|\\bbecomes|\\bgives|=)\\s+(-?\\d+(?:\\.\\d+)?)(?=\\s*[.;]?\\s*$)");
    private static final Pattern INLINE_MATH = Pattern.compile("(?<!\\$)\\$[^$]{1,30}\\$(?!\\$)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{3,48}?)[,.]?\"|“([^”]{3,48}?)[,.]?”");
    private static final Pattern PERSON_SHAPE = Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\\s+(?:[A-Z]\\.|van|von|de|da|del|der|bin|al))*"
            + "(?:\\s+(?:O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}");

    /** Words a learner would guess or could not want to recall; a gap on one of them alone is filler. */
    private static final Set<String> GENERIC = Set.of("information", "example", "examples", "service", "services", "event",
            "events", "range", "factor", "workload", "workloads", "way", "ways", "thing", "things", "lot", "lots", "part", "parts",
            "aspect", "aspects", "kind", "kinds", "type", "types", "sort", "number", "amount", "level", "levels", "area", "areas",
            "issue", "issues", "problem", "problems", "solution", "solutions", "option", "options", "feature", "features",
            "capability", "capabilities", "approach", "approaches", "process", "processes", "method", "methods", "system",
            "systems", "tool", "tools", "use", "uses", "user", "users", "people", "person", "time", "times", "year", "years",
            "company", "companies", "product", "products", "business", "businesses", "result", "results", "benefit", "benefits",
            "advantage", "advantages", "challenge", "challenges", "need", "needs", "role", "impact", "effect", "effects",
            "importance", "significance", "value", "values", "set", "group", "list", "step", "steps", "point", "points", "idea",
            "ideas", "concept", "concepts", "topic", "topics", "detail", "details", "fact", "facts", "case", "cases", "form",
            "forms", "means", "end", "start", "beginning", "world", "market", "industry", "field", "space", "context", "purpose",
            "goal", "goals", "task", "tasks", "work", "job", "question", "questions", "answer", "answers", "reason", "reasons",
            "change", "changes", "development", "performance", "quality", "success", "growth", "increase", "decrease", "strategy",
            "strategies", "offering", "offerings", "initiative", "initiatives", "application", "applications", "platform",
            "platforms", "content", "resource", "resources", "environment", "situation", "scenario", "scenarios",
            "factors", "element", "elements", "component", "components", "practice", "practices", "activity", "activities",
            "experience", "everything", "something", "anything", "nothing", "dominance", "position", "strength", "ability",
            "abilities", "opportunity", "opportunities", "term", "terms", "version", "versions", "manner", "stage", "stages",
            "important", "note", "code", "functionality", "consideration", "summary", "tip", "warning", "caution", "info",
            "conclusion", "introduction", "overview", "key", "q4", "video", "speaker", "host", "guest", "viewers", "audience",
            "source", "sources", "effort", "efforts", "member", "members", "projection", "projections", "basis", "material",
            "materials", "lifestyle", "balance", "balances");
    /** Capitalised words that open sentences or list steps rather than name anything. */
    private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "these", "those", "it", "its", "they", "their",
            "he", "she", "we", "you", "i", "a", "an", "however", "while", "when", "if", "in", "on", "for", "to", "by", "as", "at",
            "with", "from", "after", "before", "although", "because", "since", "once", "despite", "unlike", "therefore", "thus",
            "furthermore", "additionally", "essentially", "finally", "first", "second", "third", "then", "also", "but", "and",
            "or", "so", "yet", "there", "here", "each", "every", "some", "many", "most", "all", "both", "other", "another", "one",
            "no", "not", "even", "what", "why", "how", "which", "who", "where", "instead", "rather", "only", "just", "still",
            "again", "today", "now", "go", "click", "select", "enter", "use", "search", "install", "navigate", "paste", "note",
            "step", "example", "key", "overall", "summary", "conclusion", "tip");
    /** Adjectives that say how much or how good rather than what: a phrase they open is trimmed past them. */
    private static final Set<String> VAGUE = Set.of("significant", "various", "several", "many", "different", "important",
            "key", "main", "primary", "major", "critical", "crucial", "essential", "wide", "broad", "large", "small", "big",
            "new", "other", "more", "most", "less", "certain", "specific", "particular", "general", "overall", "whole", "entire",
            "own", "same", "such", "great", "good", "better", "best", "high", "low", "higher", "lower", "real", "true", "simple",
            "basic", "common", "typical", "potential", "possible", "additional", "further", "numerous", "huge",
            "massive", "strong", "powerful", "dedicated", "custom", "enough", "sufficient", "significantly", "notable", "relevant", "current", "recent", "effective", "efficient", "superior", "competent", "unique", "early", "late");

    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("[a-z]+(?:ent|ant|ous|ive|able|ible|ful|less|ic|ary|akin|like)");
    /** Words that are never nouns, however often the tagger reads them as one ("discomfort akin to…"). */
    private static final Set<String> ONLY_ADJECTIVES = Set.of("akin", "alike", "aplenty", "galore");
    private static final Pattern TITLE_WORD_AFTER = Pattern.compile("^\\s[\\p{Lu}][\\p{Ll}]+\\b(?!['’]s)");
    private static final Pattern TITLE_WORD_BEFORE = Pattern.compile("(?<![.!?:]\\s)(?<![.!?:])\\b[\\p{Lu}][\\p{Ll}]+\\s$");

    private KeyPhrases() {
    }

    /** The key phrases of a claim alone (no note around it), best first. */
    static List<Phrase> find(Claim claim, String text) {
        return find(claim, NoteContext.tag(text), phrase -> 1, CommonNouns.get());
    }

    /**
     * The key phrases of a claim worth a gap, best first, none overlapping another.
     *
     * @param tagged           the text the phrases are sought in (the claim's, or the claim made to stand alone)
     * @param claimsMentioning how many claims of the note mention a phrase: one said once is worth more as a gap than
     *                         the note's topic, which every claim names
     */
    static List<Phrase> find(Claim claim, Tagged tagged, ToIntFunction<String> claimsMentioning, CommonNouns common) {
        String text = tagged.text();
        List<Phrase> found = candidates(claim, tagged, common);
        if (found.isEmpty()) {
            return found;
        }
        Set<String> expanded = new HashSet<>();
        AcronymCards.find(text).forEach(e -> {
            expanded.add(e.acronym().toLowerCase(Locale.ROOT));
            expanded.add(e.longName().toLowerCase(Locale.ROOT));
        });
        List<Phrase> scored = new ArrayList<>();
        for (Phrase phrase : found) {
            boolean everydayName = NameKinds.isName(phrase) && (common.isEverydayName(phrase.text()) || common.isWidelyNamed(phrase.text())
                    || phrase.type() != PhraseType.ACRONYM && EnglishWords.get().isHouseholdName(phrase.text()))
                    || EnglishWords.get().isEverydayAcronym(phrase.text());
            boolean everydayWords = phrase.type() == PhraseType.TERM && phrase.score() < BOLD && !isTermLike(phrase.text(), common);
            if (!expanded.contains(phrase.text().toLowerCase(Locale.ROOT)) && !everydayName && !everydayWords && isWorthAGap(phrase, text)) {
                scored.add(rescore(phrase, claimsMentioning.applyAsInt(phrase.text())));
            }
        }
        return bestNonOverlapping(scored);
    }

    /**
     * True for a name, term or acronym three or more channels of the measured vault say, unless the claim's own label
     * names it ("TensorFlow Support: AWS runs TensorFlow…"), which makes it the item's subject. Such an answer is
     * general knowledge, filled in without the video; it still serves as another answer's option. A heading that
     * names it is no such exception: read blind, 4 of 14 gaps a heading named were kept.
     */
    static boolean isWidelySaid(Phrase phrase, Claim claim, CommonNouns common) {
        return isWordy(phrase.type()) && common.isWidelySaid(phrase.text()) && !isLabelOf(claim, phrase.text());
    }

    private static boolean isLabelOf(Claim claim, String phrase) {
        return claim.role() instanceof ClaimRole.TermItem item
                && Pattern.compile("(?<![\\w])" + Pattern.quote(phrase) + "(?![\\w])", Pattern.CASE_INSENSITIVE).matcher(item.term()).find();
    }

    /** True for the phrase types made of words (a term, a label, a name, an acronym) rather than of numbers or dates. */
    static boolean isWordy(PhraseType type) {
        return type == PhraseType.TERM || type == PhraseType.LABEL || type == PhraseType.ACRONYM || type == PhraseType.PERSON
                || type == PhraseType.NAME;
    }

    /**
     * Every phrase of a claim that could be a gap, before any is judged worth one: bold, linked and quoted terms,
     * numbers, dates, names, formulas and noun phrases, overlapping as they come.
     */
    static List<Phrase> candidates(Claim claim, Tagged tagged, CommonNouns common) {
        String text = tagged.text();
        List<Phrase> found = new ArrayList<>();
        if (tagged.size() == 0) {
            return found;
        }
        for (String bold : claim.boldTerms()) {
            addMarked(found, tagged, bold, BOLD);
        }
        if (claim.role() instanceof ClaimRole.TermItem item) {
            addMarked(found, tagged, item.term(), 6);
        }
        for (String link : claim.linkTexts()) {
            addMarked(found, tagged, link, 6);
        }
        numbers(found, tagged);
        names(found, tagged, common);
        Matcher math = INLINE_MATH.matcher(text);
        while (math.find()) {
            found.add(new Phrase(math.group(), PhraseType.FORMULA, math.start(), math.end(), 4));
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            int group = quoted.group(1) != null ? 1 : 2;
            int start = quoted.start(group);
            int end = quoted.end(group);
            String words = quoted.group(group);
            String last = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (isNounPhrase(tagged, start, end) && Regex.split(words, "\\s+").length <= 4 && !GENERIC.contains(last)) {
                found.add(new Phrase(quoted.group(group), PhraseType.TERM, start, end, 5));
            }
        }
        nounPhrases(found, tagged, common);
        return found;
    }

    /** A bold term, a list item's label or a link's text, where it stands in the text, when it names a thing. */
    private static void addMarked(List<Phrase> found, Tagged tagged, String phrase, int score) {
        String p = phrase.strip();
        if (p.length() < 2 || Regex.split(p, "\\s+").length > 5 || isGeneric(p)) {
            return;
        }
        Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(p) + "(?![\\w])").matcher(tagged.text());
        while (m.find()) {
            if (isNounPhrase(tagged, m.start(), m.end())) {
                found.add(new Phrase(p, typeOfMarked(p), m.start(), m.end(), score));
            }
        }
    }

    private static PhraseType typeOfMarked(String phrase) {
        if (ACRONYM.matcher(phrase).matches()) {
            return PhraseType.ACRONYM;
        }
        PhraseType written = typeOfNumber(phrase);
        if (written != null) {
            return written;
        }
        boolean capitalised = java.util.Arrays.stream(Regex.split(phrase, "\\s+")).allMatch(w -> Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
        if (capitalised && hasInnerCapital(phrase)) {
            return PhraseType.NAME;
        }
        return PhraseType.TERM;
    }

    /** Numbers with their units, years and dates, typed by what they measure. */
    private static void numbers(List<Phrase> found, Tagged tagged) {
        String text = tagged.text();
        // Each pattern is tried at every place of the text; most claims hold no month, digit or number word at all.
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean months = holdsAny(text, MONTH_PARTS);
        if (!digits && !months && !holdsAny(text, NUMBER_WORD_PARTS)) {
            return;
        }
        Matcher date = DATE.matcher(text);
        while (months && date.find()) {
            String d = date.group();
            boolean bareMay = d.equals("May") || d.equals("March") && !Regex.matches(text.substring(date.end()), "(?s)^\\s*\\d.*");
            if (!bareMay || d.contains(" ")) {
                found.add(new Phrase(d, PhraseType.DATE, date.start(), date.end(), Regex.matches(d, ".*\\d.*") ? 6 : 4));
            }
        }
        Matcher year = YEAR.matcher(text);
        while (digits && year.find()) {
            found.add(new Phrase(year.group(), PhraseType.YEAR, year.start(), year.end(), 6));
        }
        Matcher value = VALUE.matcher(text);
        while (digits && value.find()) {
            found.add(new Phrase(value.group(1), PhraseType.VALUE, value.start(1), value.end(1), 5));
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            String n = number.group().strip();
            if (number.group(3) != null && Regex.matches(number.group(3), "[- ](?:[a-z]+-)?[a-z]{3,}s") && (number.group(1) != null || !endsOnNoun(tagged, number.start() + n.length()))) {
                n = n.substring(0, n.length() - number.group(3).length()).strip();
            }
            PhraseType type = typeOfNumber(n);
            if (type == null) {
                continue;
            }
            boolean small = Regex.matches(n, "\\d") || n.matches(NUMBER_WORD);
            found.add(new Phrase(n, type, number.start(), number.start() + n.length(), small && type == PhraseType.COUNT ? 4 : 6));
        }
    }

    /** True when the text holds one of the parts, anywhere: a cheap test before a pattern that needs one. */
    private static boolean holdsAny(String text, String[] parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** True when the word ending at {@code end} is a noun: "300 engineers" counts, "$10 million encourages" does not. */
    private static boolean endsOnNoun(Tagged tagged, int end) {
        int word = tagged.wordAt(end - 1);
        return word >= 0 && tagged.isNoun(word);
    }

    /** What a number measures, from how it is written, or null when it is a bare number that says nothing alone. */
    static PhraseType typeOfNumber(String phrase) {
        String p = phrase.strip();
        if (!Regex.matches(p, "(?s).*\\d.*") && !Regex.matches(p, "(?i)" + NUMBER_WORD + "\\b.*")) {
            return null;
        }
        // "50 pounds" is as often a weight as a sum: without a sign it counts pounds, among other pounds only.
        if (Regex.matches(p, "[$€£].*|.*\\b(?:dollars|euros|USD)\\b.*")) {
            return PhraseType.MONEY;
        }
        if (Regex.matches(p, ".*(?:%|\\bpercent)$")) {
            return PhraseType.PERCENT;
        }
        if (Regex.matches(p, "(?:1[5-9]\\d{2}|20\\d{2})(?:s|\\s?[-–]\\s?(?:1[5-9]\\d{2}|20\\d{2}))?")) {
            return PhraseType.YEAR;
        }
        if (Regex.matches(p, ".*[- ]" + TIME_UNIT)) {
            return PhraseType.DURATION;
        }
        if (Regex.matches(p, ".*[- ]" + UNIT)) {
            return PhraseType.QUANTITY;
        }
        if (Regex.matches(p, ".*[- ](?:[a-z]+-)?[a-z]{3,}s")) {
            return PhraseType.COUNT;
        }
        if (Regex.matches(p, "\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?" + SCALE) && Regex.matches(p, ".*(?:million|billion|trillion|thousand|[kKmMbB])")) {
            return PhraseType.COUNT;
        }
        return null;
    }

    /**
     * Proper names as runs of proper nouns (a capitalised word inside a sentence counts too), joined across "of",
     * "&" and "de" ("Bank of America") and a model number ("Riva 128"), never cut inside a written word.
     */
    private static void names(List<Phrase> found, Tagged tagged, CommonNouns common) {
        String text = tagged.text();
        int i = 0;
        while (i < tagged.size()) {
            if (!isNamePart(tagged, i)) {
                i++;
                continue;
            }
            int from = i;
            int to = i;
            while (to + 1 < tagged.size() && !Regex.matches(tagged.word(to), ".*['’]s")) {
                if (isNamePart(tagged, to + 1)) {
                    to++;
                } else if (to + 2 < tagged.size() && Set.of("of", "&", "de", "and").contains(tagged.word(to + 1))
                        && tagged.word(to + 1).equals("and") == false && isNamePart(tagged, to + 2) && tagged.isProperNoun(to + 2)) {
                    to += 2;
                } else if (tagged.isNumber(to + 1) && Regex.matches(tagged.word(to + 1), "\\d[\\w.]*") && tagged.start(to + 1) == tagged.end(to) + 1) {
                    to++;
                    break;
                } else {
                    break;
                }
            }
            if (from > 0 && (from == 1 || Regex.matches(tagged.word(from - 2), "[.:!?]")) && !tagged.isVerb(from - 1)
                    && Regex.matches(tagged.word(from - 1), "[A-Z][\\w.&'-]*") && !NOT_NAMES.contains(tagged.word(from - 1).toLowerCase(Locale.ROOT))) {
                from--; // the name's first word opens the sentence: "Amazon Web Services launched…"
            }
            while (from <= to && NOT_NAMES.contains(tagged.word(from).toLowerCase(Locale.ROOT))) {
                from++;
            }
            if (from <= to) {
                int start = tagged.start(from);
                int end = tagged.end(to);
                String name = Regex.replaceFirst(text.substring(start, end), "['’]s$", "");
                if (name.endsWith(".") && name.indexOf('.') == name.length() - 1) {
                    name = name.substring(0, name.length() - 1);
                }
                end = start + name.length();
                if (Regex.matches(name, ".*['’]s\\s.*")) {
                    i = to + 1;
                    continue; // "SQLite's WAL" is two things, each asked on its own
                }
                PhraseType type = ACRONYM.matcher(name).matches() ? PhraseType.ACRONYM
                        : PERSON_SHAPE.matcher(name).matches() && !hasInnerCapital(name.replace("O'", "").replace("O’", ""))
                                && java.util.Arrays.stream(Regex.split(name, "\\s+")).noneMatch(w -> common.isEveryday(Tagger.nounLemma(w))) ? PhraseType.PERSON
                        : PhraseType.NAME;
                boolean opener = from == 0 || tagged.isPunctuation(from - 1) && Regex.matches(tagged.word(from - 1), "[.:!?]");
                boolean lone = from == to && !hasInnerCapital(name) && type != PhraseType.ACRONYM;
                // A date is read as a date; a lone capitalised adjective ("German") or common noun ("Culture") is no name.
                boolean notAName = DATE.matcher(name).matches() || lone && (tagged.isAdjective(from)
                        || !tagged.isProperNoun(from) && common.isEveryday(Tagger.nounLemma(name)));
                if (!(opener && lone) && !notAName && name.length() >= 2) {
                    int score = (type == PhraseType.ACRONYM ? 5 : 5) + (from < to ? 1 : 0) + (hasInnerCapital(name) && type == PhraseType.NAME ? 1 : 0);
                    found.add(new Phrase(name, type, start, end, score));
                }
            }
            i = to + 1;
        }
    }

    private static boolean isNamePart(Tagged tagged, int i) {
        String word = tagged.word(i);
        if (word.isEmpty() || word.contains("$") || !Character.isUpperCase(word.charAt(0)) && !hasInnerCapital(word)) {
            return false;
        }
        boolean sentenceStart = i == 0 || tagged.isPunctuation(i - 1) && Regex.matches(tagged.word(i - 1), "[.:!?]");
        if (tagged.isProperNoun(i)) {
            return !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) || !sentenceStart;
        }
        boolean content = tagged.isNoun(i) || tagged.isAdjective(i) || tagged.tag(i).equals("X") || tagged.tag(i).equals("VERB")
                && hasInnerCapital(word) || tagged.tag(i).equals("ADP") && Regex.matches(word, "[A-Z][\\w.]+\\d[\\w.]*");
        return content && !sentenceStart && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Common noun phrases: compounds of two or three nouns ending the run of adjectives and nouns they stand in,
     * none of them generic. Scored by how rare the head noun is in notes at large.
     */
    // A noun the tagger most likely mistook for a verb ("a standard function maps one set…") ends the phrase before it.
    private static void nounPhrases(List<Phrase> found, Tagged tagged, CommonNouns common) {
        int i = 0;
        while (i < tagged.size()) {
            if (!(tagged.isNoun(i) || tagged.isAdjective(i))) {
                i++;
                continue;
            }
            int from = i;
            int to = i;
            while (to + 1 < tagged.size() && (tagged.isNoun(to + 1) || tagged.isAdjective(to + 1)) && tagged.start(to + 1) == tagged.end(to) + 1) {
                to++;
            }
            i = to + 1;
            if (to > from && (tagged.isNounUsedAsVerb(to) || isClauseVerb(tagged, to) || isAdjectiveBeforeItsPreposition(tagged, to))) {
                to--;
            }
            int head = to;
            while (head >= from && !tagged.tag(head).equals("NOUN")) {
                head--;
            }
            if (head < from || head != to) {
                continue;
            }
            // A run holding a proper noun is a name, or part of one ("Amazon Web Services"): names are found whole above.
            boolean insideName = from > 0 && tagged.isProperNoun(from - 1) && tagged.end(from - 1) + 1 == tagged.start(from);
            for (int k = from; k <= head && !insideName; k++) {
                insideName = tagged.isProperNoun(k);
            }
            if (insideName) {
                continue;
            }
            // Only a compound of nouns names a concept ("data storage", "time domain", "query parameters"): a lone
            // common noun or an adjective with its noun ("vast array", "mutual respect") is, read blind, filler
            // far more often than a term. Adjectives before the compound stay visible.
            while (from < head && !tagged.tag(from).equals("NOUN")) {
                from++;
            }
            if (head - from > 2) {
                from = head - 2;
            }
            if (from == head || innerPlural(tagged, from, head)) {
                continue;
            }
            String headWord = tagged.word(head);
            String lemma = Tagger.nounLemma(headWord);
            int specific = 0;
            for (int k = from; k <= head; k++) {
                if (!GENERIC.contains(tagged.word(k).toLowerCase(Locale.ROOT)) && !VAGUE.contains(tagged.word(k).toLowerCase(Locale.ROOT))) {
                    specific++;
                }
            }
            if (specific < head - from + 1 || headWord.length() < 4 || isStockPair(tagged, from, head, common) || !holdsRareWord(tagged, from, head)) {
                continue;
            }
            int rarity = common.rarity(lemma);
            int score = 3 + rarity;
            found.add(new Phrase(tagged.span(from, head), PhraseType.TERM, tagged.start(from), tagged.end(head), score));
        }
    }

    /**
     * True when a phrase of common words (a compound, a link's text, a quoted phrase) reads as a term: no function
     * word inside ("impact of family dynamics", "challenges with the law") and at least one word that is not an
     * everyday noun ("cosine similarity", "permissionless innovation"; not "investment costs", "government
     * assistance", "career growth"), and at least one that is not common in speech ("agar plate", "liver
     * toxicity"; not "cheat meals", "ticket sales", "friend zone", "fierce resistance"). Words outside the table of nouns, adjectives
     * among them, count as not everyday there.
     */
    static boolean isTermLike(String phrase, CommonNouns common) {
        String[] words = Regex.split(phrase.toLowerCase(Locale.ROOT), "\\s+");
        boolean rare = false;
        boolean unsaid = false;
        for (String word : words) {
            if (INNER_FUNCTION_WORDS.contains(word)) {
                return false;
            }
            String bare = Regex.replaceAll(word, "[^\\p{L}\\p{N}-]", "");
            rare |= !bare.isEmpty() && !common.isEveryday(Tagger.nounLemma(bare)) && !GENERIC.contains(bare) && !VAGUE.contains(bare);
            for (String part : bare.split("-")) {
                unsaid |= !part.isEmpty() && !EnglishWords.get().isCommonlySaid(part);
            }
        }
        return rare && unsaid;
    }

    /**
     * True when a word of the phrase, or a part of a hyphenated one, is rarely said in English. Read blind, a phrase
     * of words all said once in a million or more ("soaring profits", "meat consumption", "media outlets",
     * "smoother transition") was a gap any reader fills about four times in five; with one rarer word ("aberration
     * correction", "slush funds", "implosion design") it is a term worth asking about about half the time, and the
     * other rules take it from there. Quoted, bold and linked phrases are not held to this: the note marks them.
     */
    private static boolean holdsRareWord(Tagged tagged, int from, int head) {
        for (int k = from; k <= head; k++) {
            for (String part : tagged.word(k).split("-")) {
                String bare = Regex.replaceAll(part, "[^\\p{L}\\p{N}]", "");
                if (!bare.isEmpty() && EnglishWords.get().isRarelySaid(bare)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True for two everyday nouns that many notes write together ("income source", "community members",
     * "retirement savings"): a stock pairing any reader completes, not a term to learn.
     */
    private static boolean isStockPair(Tagged tagged, int from, int head, CommonNouns common) {
        return head - from == 1 && common.isEveryday(Tagger.nounLemma(tagged.word(from))) && common.isEveryday(Tagger.nounLemma(tagged.word(head)))
                && common.notesWriting(tagged.word(from), tagged.word(head)) >= STOCK_PAIR_NOTES;
    }

    /**
     * True for a word the tagger took for a noun that is an adjective heading a phrase of its own: it ends like one
     * and a preposition follows ("a recession independent of tariffs", "discomfort akin to…").
     */
    private static boolean isAdjectiveBeforeItsPreposition(Tagged tagged, int i) {
        String word = tagged.word(i).toLowerCase(Locale.ROOT);
        boolean adjective = ONLY_ADJECTIVES.contains(word)
                || ADJECTIVE_ENDING.matcher(word).matches() && !word.endsWith("ment") && !CommonNouns.get().isEveryday(Tagger.nounLemma(word));
        return i + 1 < tagged.size() && tagged.tag(i + 1).equals("ADP") && adjective
                && Set.of("of", "to", "from", "with", "in", "for", "on").contains(tagged.word(i + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * True when a plural-looking noun after a singular one is most likely the clause's verb, as the clause has no
     * other: "Money serves as a store of value", "the iPhone 11 Pro ships with iOS 13", "the distribution shrinks".
     */
    private static boolean isClauseVerb(Tagged tagged, int i) {
        String word = tagged.word(i).toLowerCase(Locale.ROOT);
        String before = tagged.word(i - 1).toLowerCase(Locale.ROOT);
        if (!Regex.matches(word, "[a-z]+[^s]s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || before.endsWith("s")) {
            return false;
        }
        for (int k = i + 1; k < tagged.size() && !Regex.matches(tagged.word(k), "[,;:.!?()]") && !CLAUSE_OPENERS.contains(tagged.word(k).toLowerCase(Locale.ROOT)); k++) {
            boolean nonFinite = tagged.word(k).endsWith("ing") || tagged.word(k - 1).equalsIgnoreCase("to");
            if (tagged.isVerb(k) && !nonFinite) {
                return false;
            }
        }
        for (int k = i - 1; k >= 0 && !Regex.matches(tagged.word(k), "[,;:.!?()]"); k--) {
            if (tagged.isVerb(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a word inside the compound ends like a plural or a verb ("application facilitates user interaction",
     * "Neistat notes"): English compounds rarely carry a plural inside, so the tagger most likely missed a verb.
     */
    private static boolean innerPlural(Tagged tagged, int from, int head) {
        for (int k = from; k < head; k++) {
            String w = tagged.word(k).toLowerCase(Locale.ROOT);
            if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("'s") && !w.endsWith("’s")) {
                return true;
            }
        }
        return false;
    }

    /** True when the span covers whole words and ends on a noun, a number or a name: something, not a doing. */
    private static boolean isNounPhrase(Tagged tagged, int start, int end) {
        int first = tagged.wordAt(start);
        int last = tagged.wordAt(end - 1);
        if (first < 0 || last < 0 || tagged.start(first) != start || tagged.end(last) != end && !Regex.matches(tagged.word(last), ".*['’]s")) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (tagged.isVerb(k) && !Regex.matches(tagged.word(k), ".*[A-Z].*") && last - first >= 1) {
                return false;
            }
        }
        return tagged.isNoun(last) || tagged.isNumber(last) || tagged.tag(last).equals("X")
                || Character.isUpperCase(tagged.word(last).charAt(0)) || hasInnerCapital(tagged.word(last));
    }

    private static Phrase rescore(Phrase phrase, int mentions) {
        int rarity = mentions <= 1 ? 1 : mentions <= 3 ? 0 : -1;
        return new Phrase(phrase.text(), phrase.type(), phrase.start(), phrase.end(), phrase.score() + rarity);
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLetter(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static List<Phrase> bestNonOverlapping(List<Phrase> found) {
        List<Phrase> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Phrase p) -> -p.score()).thenComparingInt(Phrase::start).thenComparing(Phrase::text));
        List<Phrase> kept = new ArrayList<>();
        for (Phrase phrase : sorted) {
            if (kept.stream().noneMatch(phrase::overlaps)) {
                kept.add(phrase);
            }
        }
        return kept;
    }

    /** A phrase stands alone as a gap: whole words, not filler, not most of the sentence. */
    static boolean isWorthAGap(Phrase phrase, String text) {
        String lower = phrase.text().toLowerCase(Locale.ROOT);
        int words = Regex.split(phrase.text(), "\\s+").length;
        return phrase.text().length() >= 2 && !NOT_NAMES.contains(lower) && !isGeneric(lower) && words <= 6
                && phrase.text().length() * 2 < text.length() && wholeWords(text, phrase.start(), phrase.end()) && !isHalfAName(phrase, text);
    }

    /**
     * True when a name stands next to a capitalised word that goes with it: "[...] Harris" asks only for Kamala,
     * "Phil [...]" only for Knight.
     */
    private static boolean isHalfAName(Phrase phrase, String text) {
        if (phrase.type() != PhraseType.NAME && phrase.type() != PhraseType.PERSON) {
            return false;
        }
        String before = text.substring(0, phrase.start());
        boolean opensSentence = before.strip().isEmpty();
        return TITLE_WORD_AFTER.matcher(text.substring(phrase.end())).find() || !opensSentence && TITLE_WORD_BEFORE.matcher(before).find()
                && !Regex.matches(before.strip(), "(?s).*\\b(?:The|A|An|In|On|At|By|For|From|With|Of|To|And|Or|But|As|If|When|While|After|Before|Since|Like)$");
    }

    /**
     * True when the span neither starts nor ends inside a written word: "O" of "O'Reilly", "Node" of "Node.js" and
     * "doesn" of "doesn't" are halves, not words.
     */
    static boolean wholeWords(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return false;
        }
        boolean cutBefore = start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || start > 1 && isJoiner(text.charAt(start - 1))
                && Character.isLetterOrDigit(text.charAt(start - 2)));
        boolean cutAfter = end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || end + 1 < text.length() && isJoiner(text.charAt(end))
                && Character.isLetterOrDigit(text.charAt(end + 1)));
        return !cutBefore && !cutAfter;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == '-' || c == '_' || c == '/' || c == '@' || c == '+';
    }

    static boolean isGeneric(String term) {
        String lower = term.toLowerCase(Locale.ROOT).strip();
        return GENERIC.contains(lower) || Regex.split(lower, "\\s+").length == 2 && VAGUE.contains(Regex.split(lower, "\\s+")[0])
                && GENERIC.contains(Regex.split(lower, "\\s+")[1]);
    }
}
