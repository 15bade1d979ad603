package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import dev.cuecards.notes.Note;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Wrong answers for multiple choice, of the answer's own kind — a percentage among percentages, a year among years,
 * bits among bits, a person among people, a single-word product among single-word names — taken first from the same
 * note, then the same channel, then (for numbers, dates and acronyms) the whole vault. Every option is a key phrase some note's claim really says; never a paraphrase
 * of the answer, never a phrase the front or its context line already shows, never debris of a broken note.
 */
final class Distractors {

    static final int WANTED = 3;
    private static final Pattern DEBRIS = Pattern.compile("\\d{1,2}:\\d{2}|yt-|data-|timestamp|https?:|www\\.|[<>\\[\\]{}|*_`\\\\]|\\uFFFD");

    /** Above this many phrases a pool is probed at a few pseudo-random places instead of shuffled whole. */
    private static final int SHUFFLED_WHOLE = 64;
    private static final int PROBES = 64;
    /**
     * Options of a number are within this factor of the answer: read blind, 76 % beside a one-day rise of 15 % and
     * 300 years beside a history of 2,000 were dismissed at sight, not weighed.
     */
    private static final double FACTOR = 3;
    /** ... and at least this share away from it: $10 beside $9.99, or 12,500 years beside 12,000, is the same answer. */
    private static final double CLOSEST = 0.1;
    /**
     * A year or date is offered among others of its decade: 2005 among 1998 and 2011, not 1991 or 2019. Read blind, the
     * options of 14 of 86 year cards were unfair with a window of twenty years ("1951" and "1964" for Attlee's mission
     * of 1946), 2 of the same 86 with ten. A span of years is offered among spans of its generation.
     */
    private static final int YEARS_APART = 10;
    private static final int SPANS_APART = 20;
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\b(1[5-9]\\d{2}|20\\d{2})");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("dozen", 12));

    private final Map<String, Map<String, List<String>>> byNote = new HashMap<>();
    private final Map<String, Map<String, List<String>>> byChannel = new HashMap<>();
    private final Map<String, List<String>> vault;
    private final NameKinds names;

    /** @param notes what each note of the vault lends, in path order */
    Distractors(List<NoteEvidence> notes) {
        this.names = NameKinds.read(notes.stream().map(NoteEvidence::nameKinds).toList());
        Map<String, Map<String, Set<String>>> noteSets = new HashMap<>();
        Map<String, Map<String, Set<String>>> channelSets = new HashMap<>();
        Map<String, Set<String>> vaultSets = new HashMap<>();
        for (NoteEvidence note : notes) {
            Map<String, Set<String>> own = noteSets.computeIfAbsent(note.note(), k -> new HashMap<>());
            Map<String, Set<String>> channel = channelSets.computeIfAbsent(note.channelKey(), k -> new HashMap<>());
            for (NoteEvidence.Option option : note.options()) {
                String kind = kindOf(new Phrase(option.text(), option.type(), 0, 0, 0));
                for (Map<String, Set<String>> pool : kind == null ? List.<Map<String, Set<String>>>of() : List.of(own, channel, vaultSets)) {
                    pool.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(option.text());
                }
            }
        }
        noteSets.forEach((key, pools) -> byNote.put(key, frozen(pools)));
        channelSets.forEach((key, pools) -> byChannel.put(key, frozen(pools)));
        vault = frozen(vaultSets);
    }

    /** What a note lends the vault's options: its phrases worth offering, and what it says its names are. */
    static NoteEvidence evidenceOf(NoteContext context) {
        Note note = context.note();
        List<NoteEvidence.Option> options = phrasesOf(context).stream()
                .map(phrase -> new NoteEvidence.Option(phrase.text(), phrase.type())).toList();
        return new NoteEvidence(note.id().value(), note.relativePath(), note.channelKey().orElse(""), options,
                NameKinds.evidenceOf(context));
    }

    private static Map<String, List<String>> frozen(Map<String, Set<String>> pools) {
        Map<String, List<String>> out = new HashMap<>();
        pools.forEach((kind, phrases) -> out.put(kind, List.copyOf(phrases)));
        return out;
    }

    /** The phrases of a note that could serve as options: the key phrases its cards would gap, and its labels. */
    private static List<Phrase> phrasesOf(NoteContext context) {
        Note note = context.note();
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < note.claims().size(); i++) {
            Claim claim = note.claims().get(i);
            List<Phrase> found = context.phrases(i, claim.text());
            for (Phrase phrase : found) {
                if (phrase.score() >= KeyPhrases.WORTH_A_GAP && !DEBRIS.matcher(phrase.text()).find()) {
                    phrases.add(phrase);
                }
            }
            // A name the sentence opens with is no gap of its own, but as real an option as any.
            NameKinds.opener(context.tagged(claim.text())).filter(o -> found.stream().noneMatch(o::overlaps) && !DEBRIS.matcher(o.text()).find())
                    .ifPresent(phrases::add);
            if (claim.role() instanceof ClaimRole.TermItem item && !KeyPhrases.isGeneric(item.term()) && !DEBRIS.matcher(item.term()).find()
                    && Regex.split(item.term(), "\\s+").length <= 4) {
                phrases.add(new Phrase(item.term(), PhraseType.LABEL, 0, 0, 6));
            }
        }
        return phrases;
    }

    /**
     * The pool a phrase belongs to, or null when it has none: for a name or an acronym the kind the notes give it
     * (a database among databases, a person among people); for a term its shape (how many words); for a number its
     * type, unit and how it is written ("500-year" apart from "10 years", decades apart from years).
     */
    String kindOf(Phrase phrase) {
        int words = Regex.split(phrase.text(), "\\s+").length;
        return switch (phrase.type()) {
            case NAME, PERSON, ACRONYM -> names.of(phrase.text()).map(kind -> "NAMED/" + kind + "/" + Math.min(words, 3)).orElse(null);
            case TERM, LABEL -> phrase.type() + "/" + Math.min(words, 3);
            case QUANTITY, COUNT, DURATION -> phrase.type() + "/" + unitOf(phrase.text()) + (phrase.text().contains("-") ? "/joined" : "");
            case YEAR -> phrase.type() + "/" + Regex.replaceAll(phrase.text(), "\\d", "9");
            case MONEY -> phrase.type() + "/" + currencyOf(phrase.text());
            case DATE -> phrase.type() + "/" + (Regex.matches(phrase.text(), ".*\\b\\d{1,2}(?:st|nd|rd|th)?\\b.*") ? "day" : "") + "/"
                    + (Regex.matches(phrase.text(), ".*\\b\\d{4}\\b.*") ? "year" : "");
            default -> phrase.type().name();
        };
    }

    /** The currency a sum is in, by its sign or word: "$1,000" and "5 dollars" give "$", "£3" and "3 pounds" give "£". */
    private static String currencyOf(String money) {
        String lower = money.toLowerCase(Locale.ROOT);
        if (lower.contains("€") || lower.contains("euro")) {
            return "€";
        }
        if (lower.contains("£") || lower.contains("pound")) {
            return "£";
        }
        return lower.contains("$") || lower.contains("dollar") || lower.contains("usd") ? "$" : "?";
    }

    /** The unit a quantity or count is in: "128-bit" and "64 bits" give "bit", "300 engineers" gives "engineer". */
    private static String unitOf(String quantity) {
        String[] words = Regex.split(quantity.toLowerCase(Locale.ROOT), "[\\s-]+");
        return dev.cuecards.language.Tagger.nounLemma(words[words.length - 1]);
    }

    /** The answer and three distractors, shuffled the same way every time; empty when three cannot be found. */
    List<String> optionsFor(Phrase answer, Note note, String shown) {
        List<String> chosen = new ArrayList<>();
        // Numbers, dates and acronyms read alike in every video; a name or a term only makes sense among its own video's.
        // A name is offered among its own video's and channel's names only: a vault's "languages" mix Turkish with C++.
        boolean anyNoteWillDo = !java.util.EnumSet.of(PhraseType.TERM, PhraseType.LABEL, PhraseType.NAME, PhraseType.PERSON, PhraseType.ACRONYM)
                .contains(answer.type());
        String kind = kindOf(answer);
        if (kind == null) {
            return List.of();
        }
        List<Map<String, List<String>>> pools = List.of(byNote.getOrDefault(note.id().value(), Map.of()),
                byChannel.getOrDefault(note.channelKey().orElse(""), Map.of()), anyNoteWillDo ? vault : Map.of());
        for (Map<String, List<String>> pool : pools) {
            for (String candidate : candidates(pool.getOrDefault(kind, List.of()), answer.text())) {
                if (chosen.size() < WANTED && fits(candidate, answer, shown, chosen) && alikeInSize(candidate, answer)
                        && agreesWithStatedYears(candidate, answer, shown) && possibleShare(candidate, answer)) {
                    chosen.add(candidate);
                }
            }
        }
        if (chosen.size() < WANTED) {
            return List.of();
        }
        chosen.add(answer.text());
        chosen.sort(Comparator.comparingLong(c -> mix(answer.text() + "#options", c)));
        return chosen;
    }

    /**
     * A pool's phrases in a pseudo-random order that depends only on them and the seed: a small pool whole, a large
     * one (a vault's names run to tens of thousands) at a bounded number of places along a seeded stride, so a card costs the same in a
     * vault of any size.
     */
    private static List<String> candidates(List<String> pool, String seed) {
        if (pool.size() <= SHUFFLED_WHOLE) {
            return shuffled(pool, seed);
        }
        long key = mix(seed, "#probe");
        int start = (int) (key % pool.size());
        int stride = 1 + (int) ((key >>> 16) % (pool.size() - 1));
        java.util.LinkedHashSet<String> probed = new java.util.LinkedHashSet<>();
        for (int k = 0; k < PROBES; k++) {
            probed.add(pool.get((int) ((start + (long) k * stride) % pool.size())));
        }
        return new ArrayList<>(probed);
    }

    private static boolean fits(String candidate, Phrase answerPhrase, String front, List<String> chosen) {
        String answer = answerPhrase.text();
        String c = candidate.toLowerCase(Locale.ROOT);
        String a = answer.toLowerCase(Locale.ROOT);
        if (DEBRIS.matcher(candidate).find() || answerPhrase.type() == PhraseType.TERM && c.endsWith("s") != a.endsWith("s")) {
            return false;
        }
        boolean paraphrase = sameQuantity(answer, candidate) || c.contains(a) || a.contains(c) || initials(candidate).equals(a) || initials(answer).equals(c)
                || Regex.replaceAll(c, "[^a-z0-9]", "").equals(Regex.replaceAll(a, "[^a-z0-9]", ""));
        boolean shown = front.toLowerCase(Locale.ROOT).contains(c);
        boolean repeated = chosen.stream().anyMatch(x -> x.equalsIgnoreCase(candidate) || x.toLowerCase(Locale.ROOT).contains(c)
                || c.contains(x.toLowerCase(Locale.ROOT)) || sameQuantity(x, candidate));
        return !paraphrase && !shown && !repeated && candidate.length() <= Math.max(40, answer.length() * 3);
    }

    /** The same amount of the same unit however written: "six months" and "6 months". */
    private static boolean sameQuantity(String x, String y) {
        OptionalDouble sizeX = magnitude(x);
        OptionalDouble sizeY = magnitude(y);
        return sizeX.isPresent() && sizeY.isPresent() && sizeX.getAsDouble() == sizeY.getAsDouble()
                && lastWord(x.toLowerCase(Locale.ROOT)).equals(lastWord(y.toLowerCase(Locale.ROOT)));
    }

    /**
     * For numbers, a distractor within a factor of {@value #FACTOR} of the answer and at least {@value #CLOSEST} of
     * it away; for years and dates, within {@value #YEARS_APART} years (a span {@value #SPANS_APART}), and a span of years that does not overlap
     * the answer's ("1938-1950" is as true as "around 1940-1950"). Other phrases always are.
     */
    static boolean alikeInSize(String candidate, Phrase answer) {
        if (answer.type() == PhraseType.YEAR || answer.type() == PhraseType.DATE) {
            int[] a = years(answer.text());
            int[] c = years(candidate);
            if (a.length == 0 || c.length == 0) {
                return true;
            }
            int apart = Math.abs(a[0] - c[0]);
            boolean overlapping = a.length == 2 && c.length == 2 && c[0] <= a[1] && a[0] <= c[1];
            return apart <= (a.length == 2 ? SPANS_APART : YEARS_APART) && !overlapping;
        }
        OptionalDouble a = magnitude(answer.text());
        OptionalDouble c = magnitude(candidate);
        if (a.isEmpty() || c.isEmpty() || a.getAsDouble() == 0 || c.getAsDouble() == 0) {
            return true;
        }
        double ratio = Math.abs(c.getAsDouble() / a.getAsDouble());
        return ratio <= FACTOR && ratio >= 1 / FACTOR && Math.abs(ratio - 1) >= CLOSEST;
    }

    /** The first year a phrase states, and the last when it states a span ("1940-1950", "from 1938 to 1950"). */
    private static int[] years(String phrase) {
        java.util.regex.Matcher m = FOUR_DIGITS.matcher(phrase);
        List<Integer> found = new ArrayList<>();
        while (m.find() && found.size() < 3) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found.size() == 2 ? new int[] {found.get(0), found.get(1)} : found.isEmpty() ? new int[0] : new int[] {found.get(0)};
    }

    /**
     * For a year or a date, a distractor on the same side as the answer of every year the front states: in "By
     * fiscal year [...], revenue soared from $25 million in 1982", 1977 is ruled out by the sentence itself.
     */
    static boolean agreesWithStatedYears(String candidate, Phrase answer, String shown) {
        if (answer.type() != PhraseType.YEAR && answer.type() != PhraseType.DATE) {
            return true;
        }
        OptionalInt a = yearOf(answer.text());
        OptionalInt c = yearOf(candidate);
        if (a.isEmpty() || c.isEmpty()) {
            return true;
        }
        java.util.regex.Matcher stated = FOUR_DIGITS.matcher(shown);
        while (stated.find()) {
            int year = Integer.parseInt(stated.group(1));
            if (year != a.getAsInt() && Integer.compare(a.getAsInt(), year) != Integer.compare(c.getAsInt(), year)) {
                return false;
            }
        }
        return true;
    }

    /** A share below the whole is offered among shares below it: "at least [...] of your audience" is not 100 %. */
    static boolean possibleShare(String candidate, Phrase answer) {
        if (answer.type() != PhraseType.PERCENT) {
            return true;
        }
        OptionalDouble a = magnitude(answer.text());
        OptionalDouble c = magnitude(candidate);
        return a.isEmpty() || c.isEmpty() || a.getAsDouble() >= 100 || c.getAsDouble() < 100;
    }

    private static OptionalInt yearOf(String phrase) {
        java.util.regex.Matcher m = FOUR_DIGITS.matcher(phrase);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The size a number phrase states, scale words included ("$2 billion", "three weeks"), when it can be read. */
    static OptionalDouble magnitude(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher digits = DIGITS.matcher(lower);
        double value;
        if (digits.find()) {
            try {
                value = Double.parseDouble(digits.group().replace(",", ""));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        } else {
            String first = Regex.split(lower, "[\\s-]+")[0];
            Integer word = WORDS.get(first.equals("a") && Regex.split(lower, "[\\s-]+").length > 1 ? Regex.split(lower, "[\\s-]+")[1] : first);
            if (word == null) {
                return OptionalDouble.empty();
            }
            value = word;
        }
        if (Regex.matches(lower, ".*\\b(?:trillion)\\b.*")) {
            value *= 1e12;
        } else if (Regex.matches(lower, ".*(?:\\bbillion\\b|\\d\\s?b\\b).*")) {
            value *= 1e9;
        } else if (Regex.matches(lower, ".*(?:\\bmillion\\b|\\d\\s?m\\b).*")) {
            value *= 1e6;
        } else if (Regex.matches(lower, ".*(?:\\bthousand\\b|\\d\\s?k\\b).*")) {
            value *= 1e3;
        }
        return OptionalDouble.of(value);
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    private static String initials(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : Regex.split(text, "[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                out.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    /** The candidates in a pseudo-random order that depends only on them and the seed, each key computed once. */
    private static List<String> shuffled(java.util.Collection<String> candidates, String seed) {
        Map<String, Long> keys = new HashMap<>();
        candidates.forEach(c -> keys.put(c, mix(seed, c)));
        List<String> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingLong(keys::get));
        return order;
    }

    /** A stable pseudo-random order: the same inputs sort the same way on every machine. */
    private static long mix(String seed, String value) {
        CRC32 crc = new CRC32();
        crc.update((seed + "\u0000" + value).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
