package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.language.Tagged;
import dev.cuecards.language.Tagger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What kind of thing each name of a vault is, read from how its notes speak of it — "databases like MySQL and
 * PostgreSQL", "TSMC, a leading semiconductor foundry", "Kubernetes is an orchestration platform", "the Riva 128
 * chip", "CEO Jensen Huang", "Huang said" — so a name is only offered among names of its own kind. A name the notes
 * never class has no kind, and is asked without options rather than among names picked by their shape.
 */
final class NameKinds {

    /** Nouns that class a name when they stand right before or after it ("the startup Anthropic", "the React library"). */
    private static final Set<String> CLASS_NOUNS = Set.of("company", "startup", "firm", "bank", "fund", "framework", "library",
            "language", "model", "protocol", "database", "standard", "chip", "processor", "platform", "app", "network",
            "blockchain", "token", "coin", "exchange", "wallet", "university", "city", "country", "team", "club", "band", "album",
            "book", "film", "movie", "show", "series", "game", "console", "algorithm", "format", "engine", "browser", "editor",
            "device", "phone", "car", "brand", "project", "package", "plugin", "extension", "agent", "assistant", "compiler",
            "runtime", "server", "provider", "agency", "party", "river", "island", "region", "podcast", "newspaper", "magazine",
            "paper", "theorem", "operator", "architecture", "gpu", "cpu", "api", "sdk", "llm", "cli", "ide");
    /** Roles only a person holds: a name they class is a person's, offered among others of that role ("philosopher"). */
    private static final Set<String> PERSON_ROLES = Set.of("ceo", "cto", "cfo", "founder", "cofounder", "co-founder", "president",
            "author", "professor", "researcher", "investor", "scientist", "engineer", "economist", "writer", "coach",
            "captain", "singer", "artist", "actor", "director", "chairman", "minister", "senator", "journalist", "analyst",
            "entrepreneur", "mathematician", "physicist", "philosopher", "historian", "inventor", "executive", "king", "queen",
            "emperor", "pope", "batsman", "bowler",
            "striker", "goalkeeper", "quarterback", "pitcher", "rapper", "comedian", "poet", "novelist", "chef", "doctor");
    /** What only people do, said of a name shaped like a person's ("Huang said", "Musk argues"). */
    private static final Set<String> PERSON_VERBS = Set.of("said", "says", "argues", "argued", "believes", "believed", "explains",
            "explained", "thinks", "thought", "wrote", "writes", "told", "tells", "recalls", "recalled", "suggests", "suggested",
            "claims", "claimed", "emphasizes", "emphasized", "emphasises", "emphasised", "stated", "states", "mentions",
            "mentioned", "founded", "co-founded", "describes", "described", "recounts", "recounted", "admits", "admitted", "joked",
            "jokes", "insists", "insisted", "warned", "warns", "shared", "shares");
    /** Nouns too vague to class anything ("things like X", "other options such as Y"). */
    private static final Set<String> NO_CLASS = Set.of("thing", "one", "example", "other", "name", "word", "term", "way", "lot",
            "kind", "type", "sort", "part", "option", "alternative", "case", "something", "stuff", "idea", "concept", "feature",
            "aspect", "element", "item", "factor", "area", "field", "topic", "detail", "point", "people", "entity", "player");
    private static final Set<String> SAME_CLASS = Set.of("firm", "startup", "corporation", "giant", "movie");
    private static final Set<String> TRIGGERS = Set.of("like", "including", "namely", "especially", "particularly", "e.g.", "e.g",
            "eg", "incl.");
    private static final String PERSON = "person";

    private final Map<String, String> kinds;

    private NameKinds(Map<String, String> kinds) {
        this.kinds = kinds;
    }

    /** The kind the notes give a name, or empty when they never class it. */
    Optional<String> of(String name) {
        return Optional.ofNullable(kinds.get(key(name)));
    }

    /** Reads the kinds of all names from what each note says of them. */
    static NameKinds read(List<Map<String, Map<String, Integer>>> found) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (Map<String, Map<String, Integer>> one : found) {
            one.forEach((name, kinds) -> kinds.forEach((kind, n) -> votes.computeIfAbsent(name, k -> new HashMap<>()).merge(kind, n, Integer::sum)));
        }
        Map<String, String> chosen = new HashMap<>();
        votes.forEach((name, kinds) -> chosen.put(name, kinds.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return new NameKinds(chosen);
    }

    /** What one note's sentences say its names are: per name key, how often each kind. */
    static Map<String, Map<String, Integer>> evidenceOf(NoteContext context) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int i = 0; i < context.note().claims().size(); i++) {
            String text = context.note().claims().get(i).text();
            Tagged tagged = context.tagged(text);
            List<Phrase> names = context.phrases(i, text).stream().filter(NameKinds::isName).toList();
            read(tagged, names, votes);
        }
        return votes;
    }

    static boolean isName(Phrase phrase) {
        return phrase.type() == PhraseType.NAME || phrase.type() == PhraseType.PERSON || phrase.type() == PhraseType.ACRONYM;
    }

    /** Adds the kinds one sentence gives its names; names it lists together share what one of them is given. */
    static void read(Tagged tagged, List<Phrase> found, Map<String, Map<String, Integer>> votes) {
        List<Phrase> names = new ArrayList<>(found);
        opener(tagged).filter(o -> found.stream().noneMatch(o::overlaps)).ifPresent(o -> names.add(0, o));
        List<int[]> spans = new ArrayList<>();
        for (Phrase name : names) {
            int first = tagged.wordAt(name.start());
            int last = tagged.wordAt(name.end() - 1);
            spans.add(new int[] {first, last});
        }
        List<List<Integer>> groups = coordinated(tagged, spans);
        for (List<Integer> group : groups) {
            Map<String, Integer> kinds = new HashMap<>();
            for (int n : group) {
                Phrase name = names.get(n);
                classOf(tagged, spans.get(n)[0], spans.get(n)[1], name, spans).ifPresent(kind -> kinds.merge(kind, 1, Integer::sum));
            }
            for (int n : group) {
                kinds.forEach((kind, count) -> votes.computeIfAbsent(key(names.get(n).text()), k -> new HashMap<>()).merge(kind, count, Integer::sum));
            }
        }
    }

    /**
     * The proper nouns a sentence opens with, which are no gap of their own ("Redis, a database kept in memory, …")
     * but class a name as well as any.
     */
    static Optional<Phrase> opener(Tagged tagged) {
        int to = 0;
        while (to < tagged.size() && Character.isUpperCase(tagged.word(to).charAt(0))
                && (tagged.isProperNoun(to) || tagged.isNoun(to) && tagged.word(to).substring(1).chars().anyMatch(Character::isUpperCase))) {
            to++;
        }
        if (to == 0 || to >= tagged.size()) {
            return Optional.empty();
        }
        String name = tagged.span(0, to - 1);
        return Optional.of(new Phrase(name, PhraseType.NAME, tagged.start(0), tagged.end(to - 1), 0));
    }

    /** Names joined only by commas, "and", "or" and parentheses ("Langchain, Crew AI, and Mao") as groups of indexes. */
    private static List<List<Integer>> coordinated(Tagged tagged, List<int[]> spans) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int n = 0; n < spans.size(); n++) {
            if (spans.get(n)[0] < 0 || spans.get(n)[1] < 0) {
                continue;
            }
            List<Integer> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && onlyJoiners(tagged, spans.get(last.get(last.size() - 1))[1] + 1, spans.get(n)[0])) {
                last.add(n);
            } else {
                groups.add(new ArrayList<>(List.of(n)));
            }
        }
        return groups;
    }

    private static boolean onlyJoiners(Tagged tagged, int from, int to) {
        if (from > to || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Set.of(",", "and", "or", "(", ")").contains(tagged.word(k).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The kind this sentence gives the name between words {@code first} and {@code last}, if it gives one. */
    private static Optional<String> classOf(Tagged tagged, int first, int last, Phrase name, List<int[]> spans) {
        int after = last + 1;
        int before = first - 1;
        // "the Riva 128 chip", "Microsoft's DirectX standard" — not "Nvidia chips" or "AI agents", where the name only qualifies
        boolean determined = before >= 0 && (Set.of("the", "a", "an").contains(tagged.word(before).toLowerCase(Locale.ROOT))
                || Regex.matches(tagged.word(before), "['’]s?"));
        if (determined && after < tagged.size() && tagged.tag(after).equals("NOUN") && CLASS_NOUNS.contains(lemma(tagged, after))
                && lemma(tagged, after).equals(tagged.word(after).toLowerCase(Locale.ROOT))
                && (after + 1 >= tagged.size() || !tagged.isNoun(after + 1))) {
            return Optional.of(normal(lemma(tagged, after)));
        }
        // "CEO Jensen Huang", "the startup Anthropic"
        if (before >= 0 && tagged.isNoun(before) && (CLASS_NOUNS.contains(lemma(tagged, before)) || PERSON_ROLES.contains(lemma(tagged, before)))) {
            return Optional.of(normal(lemma(tagged, before)));
        }
        // "Huang said"
        if (after < tagged.size() && name.type() == PhraseType.PERSON && PERSON_VERBS.contains(tagged.word(after).toLowerCase(Locale.ROOT))) {
            return Optional.of(PERSON);
        }
        // "TSMC, a leading foundry", "Kubernetes is an orchestration platform", "X and other databases"
        if (after + 1 < tagged.size()) {
            String next = tagged.word(after).toLowerCase(Locale.ROOT);
            String then = tagged.word(after + 1).toLowerCase(Locale.ROOT);
            boolean apposition = next.equals(",") && Set.of("a", "an", "the").contains(then);
            boolean copula = Set.of("is", "was").contains(next) && Set.of("a", "an", "the").contains(then);
            boolean others = Set.of("and", "or").contains(next) && then.equals("other");
            if (apposition || copula || others) {
                Optional<String> head = headNoun(tagged, after + 2);
                if (head.isPresent()) {
                    return head;
                }
            }
        }
        // "databases like MySQL", "languages such as C or C++", "frameworks (e.g., Langchain, Crew AI)"
        int k = before;
        while (k >= 0 && (insideName(k, spans) || Set.of(",", "and", "or", "(").contains(tagged.word(k).toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (k >= 0) {
            String trigger = tagged.word(k).toLowerCase(Locale.ROOT);
            boolean suchAs = trigger.equals("as") && k > 0 && tagged.word(k - 1).equalsIgnoreCase("such");
            if (TRIGGERS.contains(trigger) || suchAs) {
                int noun = k - (suchAs ? 2 : 1);
                while (noun >= 0 && Set.of(",", "(").contains(tagged.word(noun))) {
                    noun--;
                }
                if (noun >= 0 && isClassWord(tagged, noun)) {
                    return Optional.of(normal(lemma(tagged, noun)));
                }
            }
        }
        return Optional.empty();
    }

    /** The last noun of the run of adjectives and nouns starting at {@code from}: "leading semiconductor foundry" gives foundry. */
    private static Optional<String> headNoun(Tagged tagged, int from) {
        int k = from;
        int head = -1;
        while (k < tagged.size() && (tagged.isAdjective(k) || tagged.isNoun(k) || tagged.tag(k).equals("ADV") || tagged.word(k).equals("-"))) {
            if (tagged.isNoun(k) && Regex.matches(tagged.word(k), "[A-Za-z]+")) {
                head = k;
            }
            k++;
        }
        return head >= 0 && isClassWord(tagged, head) ? Optional.of(normal(lemma(tagged, head))) : Optional.empty();
    }

    private static boolean isClassWord(Tagged tagged, int i) {
        String word = tagged.word(i);
        boolean common = tagged.tag(i).equals("NOUN") || tagged.isProperNoun(i) && Regex.matches(word, "[A-Z]{2,}s?");
        return common && Regex.matches(word, "[A-Za-z]{2,}") && !NO_CLASS.contains(lemma(tagged, i));
    }

    private static boolean insideName(int word, List<int[]> spans) {
        return spans.stream().anyMatch(s -> s[0] <= word && word <= s[1]);
    }

    private static String lemma(Tagged tagged, int i) {
        return Tagger.nounLemma(tagged.word(i));
    }

    private static String normal(String lemma) {
        return SAME_CLASS.contains(lemma) ? (lemma.equals("movie") ? "film" : "company") : lemma;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
