package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.language.Tagged;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns notes into card drafts: every kind's writer proposes, the quality gates dispose, near-duplicates merge, the
 * limits per claim and per note apply, and each card gets its stable id. The same notes give the same cards, byte
 * for byte.
 */
public final class CardGenerator {

    /** Bumped whenever the same note would give different cards, so stored notes are generated again. */
    public static final int VERSION = 11;

    /** A note's budget of cards: this many, and so many more for each of its distinct moments. */
    static final int BUDGET_BASE = 12;
    static final int BUDGET_PER_MOMENT = 2;
    /** A note asks for one answer in at most this many gaps. */
    static final int GAPS_PER_ANSWER = 2;

    private final GeneratorSettings settings;
    private final Map<Note, List<Tagged>> tagged = new java.util.IdentityHashMap<>();
    private final Map<Note, NoteEvidence> evidence = new java.util.IdentityHashMap<>();
    private final Map<Note, NoteContext> contexts = new java.util.IdentityHashMap<>();
    private final Distractors distractors;

    /**
     * Tags every claim of the vault once, on all cores, for the distractors now and the cards later.
     *
     * @param vault every note of the vault, where multiple-choice cards find their distractors
     */
    public CardGenerator(List<Note> vault, GeneratorSettings settings) {
        this(vault, List.of(), settings);
    }

    /**
     * Tags the claims of {@code notes} once, on all cores; the vault's other notes take part in the distractors
     * through what they lend, without being read. The same vault gives the same cards either way.
     *
     * @param notes  the notes to generate cards for
     * @param others what every other note of the vault lends ({@link #evidence}, kept from an earlier run)
     */
    public CardGenerator(List<Note> notes, List<NoteEvidence> others, GeneratorSettings settings) {
        this.settings = settings;
        List<List<Tagged>> tags = notes.parallelStream().map(CardGenerator::tagClaims).toList();
        for (int n = 0; n < notes.size(); n++) {
            tagged.put(notes.get(n), tags.get(n));
        }
        List<NoteContext> made = notes.parallelStream().map(this::contextOf).toList();
        List<NoteEvidence> lent = made.parallelStream().map(Distractors::evidenceOf).toList();
        for (int n = 0; n < notes.size(); n++) {
            contexts.put(notes.get(n), made.get(n));
            evidence.put(notes.get(n), lent.get(n));
        }
        List<NoteEvidence> vault = new ArrayList<>(others);
        vault.addAll(lent);
        vault.sort(Comparator.comparing(NoteEvidence::path));
        this.distractors = new Distractors(vault);
    }

    /** What {@code note}, one of the notes given, lends the vault's other cards: to keep for a later run. */
    public NoteEvidence evidence(Note note) {
        NoteEvidence lent = evidence.get(note);
        if (lent == null) {
            throw new IllegalArgumentException("note " + note.id() + " was not given to this generator");
        }
        return lent;
    }

    private static List<Tagged> tagClaims(Note note) {
        return note.claims().stream().map(c -> NoteContext.tag(c.text())).toList();
    }

    /** The note's context, made once for the notes given: what it works out is shared by its options and its cards. */
    private NoteContext contextOf(Note note) {
        NoteContext made = contexts.get(note);
        if (made != null) {
            return made;
        }
        List<Tagged> tags = tagged.get(note);
        return new NoteContext(note, tags != null ? tags : tagClaims(note));
    }

    /** The cards of one note, in the order of its claims. */
    public List<CardDraft> generate(Note note) {
        NoteContext context = contextOf(note);
        boolean timed = note.claims().stream().anyMatch(c -> c.linkTimestamp().isPresent());
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(DefinitionCards.write(context));
        candidates.addAll(AcronymCards.write(context));
        candidates.addAll(TermCards.write(context));
        candidates.addAll(ExplainCards.write(context));
        candidates.addAll(CompareCards.write(context));
        candidates.addAll(ListCards.write(context));
        candidates.addAll(ClozeCards.write(context, distractors));
        List<Candidate> passed = candidates.stream()
                .filter(c -> QualityGates.rejection(c).isEmpty() && !context.sumsUp(c.claimIndex()) && !givenAwayByContext(c, context)
                        && !momentless(c, context, timed) && !pastAnyVideo(c, context)).toList();
        List<Candidate> kept = withinLimits(withoutDuplicates(passed), context);
        return drafts(context, kept);
    }

    /**
     * True when the card would lead to no moment of a timed video: a summary written before any timestamp ("In a
     * recent discussion, …"), in a section without one. What it says is said again, with its moment, further on.
     */
    private static boolean momentless(Candidate card, NoteContext context, boolean timed) {
        return timed && card.seconds(context.claim(card.claimIndex())).or(() -> context.nearbyMoment(card.claimIndex())).isEmpty();
    }

    /**
     * True when the card would lead more than ten hours into its video ("46:39:07" in a talk of an hour): the note's
     * time is garbled, and a card that cannot take the learner to its moment is not true to its source.
     */
    private static boolean pastAnyVideo(Candidate card, NoteContext context) {
        return card.seconds(context.claim(card.claimIndex())).or(() -> context.nearbyMoment(card.claimIndex())).orElse(0)
                >= dev.cuecards.notes.Timestamp.IMPLAUSIBLE_SECONDS;
    }

    /**
     * A short answer that the context line above the front, or the front itself, already says in any form (its
     * acronym, its expansion) asks nothing.
     */
    private static boolean givenAwayByContext(Candidate card, NoteContext context) {
        boolean shortAnswer = Regex.split(card.answer(), "\\s+").length <= 6;
        String line = context.contextFor(card.claimIndex(), card.answer(), card.kind().isGap());
        boolean formInFront = card.kind() != CardKind.ACRONYM && context.answers().shows(card.answer(), card.front());
        return shortAnswer && (context.answers().shows(card.answer(), line) || formInFront)
                || card.kind() == CardKind.ACRONYM && context.answers().shows(card.identity(), line)
                || card.kind().isGap() && glossedGap(card.front(), card.answer());
    }

    /**
     * True when the gap is followed by its own acronym or expansion in parentheses: "[...] (Insulin-like Growth
     * Factor 1)" for IGF-1, "[...] (IGF-1)" for Insulin-like Growth Factor 1. A year or a note in parentheses
     * ("[...] (2019)") is not one.
     */
    static boolean glossedGap(String front, String answer) {
        java.util.regex.Matcher gloss = Regex.of(java.util.regex.Pattern.quote(ClozeCards.GAP) + " \\(([^()]{2,80})\\)").matcher(front);
        while (gloss.find()) {
            String inside = gloss.group(1).strip();
            boolean answerIsAcronym = (isAcronymShaped(answer) || abbreviates(answer, inside)) && inside.contains(" ");
            boolean glossIsAcronym = (isAcronymShaped(inside) || abbreviates(inside, answer)) && Regex.matches(answer.strip(), ".*[\\s\\-–—].*");
            if (answerIsAcronym || glossIsAcronym) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a short word is made of the longer name's letters in order, from its first: "Vim" of "Vision
     * Mamba", "Kbps" of "kilobits per second".
     */
    static boolean abbreviates(String word, String name) {
        String shortForm = word.strip().toLowerCase(java.util.Locale.ROOT);
        String letters = Regex.replaceAll(name.toLowerCase(java.util.Locale.ROOT), "[^\\p{L}\\p{N}]", "");
        if (!Regex.matches(shortForm, "[\\p{L}\\p{N}]{2,8}") || letters.isEmpty() || shortForm.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : shortForm.toCharArray()) {
            at = letters.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronymShaped(String text) {
        return Regex.matches(text.strip(), "(?=(?:.*[A-Z]){2})[A-Za-z0-9&./-]{2,12}");
    }

    /**
     * Drops a card that asks what an earlier one asks: the same front, the same identity from the same claim, or the
     * same gap in a sentence that shares half its words and all its names with an earlier gap's ("Microsoft became
     * the [...] on the next platform" and "Microsoft decided to target the next platform and become the [...] on that
     * platform"); of two such, the one with more words is kept.
     */
    private static List<Candidate> withoutDuplicates(List<Candidate> candidates) {
        Set<String> seen = new HashSet<>();
        Map<String, List<Integer>> gapsByAnswer = new HashMap<>();
        List<Candidate> kept = new ArrayList<>();
        List<Set<String>> keptWords = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String front = QualityGates.normalise(candidate.front());
            String identity = CardId.normalise(candidate.identity());
            boolean fresh = seen.add(candidate.kind() + "|" + front)
                    & seen.add(candidate.kind() + "#" + candidate.claimIndex() + "#" + identity);
            if (!fresh) {
                continue;
            }
            Set<String> words = candidate.kind().isGap() ? contentWords(candidate.front()) : Set.of();
            Set<String> names = candidate.kind().isGap() ? namesAndNumbers(candidate.front()) : Set.of();
            List<Integer> sameAnswer = candidate.kind().isGap()
                    ? gapsByAnswer.computeIfAbsent(CardId.normalise(candidate.answer()), k -> new ArrayList<>()) : new ArrayList<>();
            Optional<Integer> twin = sameAnswer.stream()
                    .filter(k -> sharesHalf(words, keptWords.get(k)) && names.equals(namesAndNumbers(kept.get(k).front()))).findFirst();
            if (twin.isEmpty()) {
                sameAnswer.add(kept.size());
                kept.add(candidate);
                keptWords.add(words);
            } else if (words.size() > keptWords.get(twin.get()).size()) {
                // of two wordings of one fact, the one that says more is asked
                kept.set(twin.get(), candidate);
                keptWords.set(twin.get(), words);
            }
        }
        return kept;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("with", "that", "this", "these", "those", "their", "there", "they",
            "them", "from", "into", "than", "then", "when", "what", "which", "while", "have", "been", "were", "even", "also",
            "over", "only", "such", "some", "more", "most", "very", "just", "will", "would", "could", "should", "about",
            "after", "before", "each", "other", "itself");

    /** The words of a text that carry meaning: longer than three letters, no function word, lower-cased. */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : dev.cuecards.language.Chars.lowerWords(text).split(" ")) {
            if (word.length() > 3 && !FUNCTION_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The names and numbers a front speaks of, its first word aside: two fronts that share most words but name other
     * things ("Globex was founded in 1951 by [...] in Lisbon", "Initech … in 1952 … in Oslo") state other facts.
     */
    static Set<String> namesAndNumbers(String front) {
        Set<String> names = new HashSet<>();
        String[] words = front.split("[^\\p{L}\\p{N}]+");
        for (int k = 1; k < words.length; k++) {
            String word = words[k];
            if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || word.chars().anyMatch(Character::isDigit))) {
                names.add(word);
            }
        }
        return names;
    }

    /** True when at least half the words of the smaller set, and three at least, are in the other. */
    static boolean sharesHalf(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return shared >= 3 && 2 * shared >= small.size();
    }

    /**
     * Keeps at most so many cards per claim, and per note a budget that grows with the note's moments (at most the
     * setting). Every claim's best card comes first, then cards that link to a moment no card links to yet, then the
     * rest, round by round; within a round the claims take turns spread over the video's timeline, so a budget that
     * runs out leaves gaps evenly rather than the video's second half.
     */
    private List<Candidate> withinLimits(List<Candidate> candidates, NoteContext context) {
        Map<Integer, List<Candidate>> byClaim = new HashMap<>();
        candidates.stream().sorted(Comparator.comparingInt(Candidate::priority))
                .forEach(c -> byClaim.computeIfAbsent(c.claimIndex(), k -> new ArrayList<>()).add(c));
        List<Integer> claims = spread(byClaim.keySet().stream().sorted().toList());
        List<Candidate> ranked = new ArrayList<>();
        Set<Candidate> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Optional<Integer>> linked = new HashSet<>();
        for (int claim : claims) {
            Candidate best = byClaim.get(claim).get(0);
            ranked.add(best);
            taken.add(best);
            linked.add(seconds(best, context));
        }
        for (int claim : claims) {
            for (Candidate candidate : byClaim.get(claim)) {
                if (!taken.contains(candidate) && linked.add(seconds(candidate, context))) {
                    ranked.add(candidate);
                    taken.add(candidate);
                }
            }
        }
        for (int round = 1; round < settings.maxCardsPerClaim(); round++) {
            for (int claim : claims) {
                List<Candidate> own = byClaim.get(claim);
                if (round < own.size() && taken.add(own.get(round))) {
                    ranked.add(own.get(round));
                }
            }
        }
        int budget = Math.min(settings.maxCardsPerNote(), BUDGET_BASE + BUDGET_PER_MOMENT * moments(context));
        Map<Integer, Integer> perClaim = new HashMap<>();
        Map<String, Integer> perAnswer = new HashMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ranked) {
            // The same answer behind every other gap ("IBM", "Paul Allen") is soon guessed from its note, not recalled.
            boolean answerAgain = candidate.kind().isGap() && perAnswer.getOrDefault(CardId.normalise(candidate.answer()), 0) >= GAPS_PER_ANSWER;
            if (kept.size() < budget && !answerAgain && perClaim.getOrDefault(candidate.claimIndex(), 0) < settings.maxCardsPerClaim()) {
                perClaim.merge(candidate.claimIndex(), 1, Integer::sum);
                if (candidate.kind().isGap()) {
                    perAnswer.merge(CardId.normalise(candidate.answer()), 1, Integer::sum);
                }
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::claimIndex).thenComparingInt(Candidate::priority));
        return kept;
    }

    private static int moments(NoteContext context) {
        Set<Integer> seconds = new HashSet<>();
        context.claims().forEach(c -> c.timestamps().forEach(t -> seconds.add(t.seconds())));
        return seconds.size();
    }

    /**
     * The claims in an order that covers the timeline evenly at every length: halves, then quarters, then eighths
     * (the bit-reversed order of their positions), so any first n of them are spread across the whole video.
     */
    static List<Integer> spread(List<Integer> inOrder) {
        int n = inOrder.size();
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        List<Integer> order = new ArrayList<>(n);
        for (int k = 0; k < 1 << bits; k++) {
            int position = Integer.reverse(k) >>> (32 - bits);
            if (position < n) {
                order.add(inOrder.get(position));
            }
        }
        return order;
    }

    private static Optional<Integer> seconds(Candidate candidate, NoteContext context) {
        return candidate.seconds(context.claim(candidate.claimIndex()));
    }

    private static List<CardDraft> drafts(NoteContext context, List<Candidate> kept) {
        Note note = context.note();
        List<CardDraft> drafts = new ArrayList<>();
        Set<CardId> used = new HashSet<>();
        for (Candidate candidate : kept) {
            Claim claim = context.claim(candidate.claimIndex());
            Optional<Integer> seconds = candidate.seconds(claim).or(() -> context.nearbyMoment(candidate.claimIndex()));
            // A cloze asked as multiple choice keeps the cloze's id: whether three distractors exist depends on the
            // rest of the vault, and the card's history must not.
            CardKind idKind = candidate.kind() == CardKind.CHOICE ? CardKind.CLOZE : candidate.kind();
            CardId id = CardId.derive(note.id(), idKind, seconds.orElse(null), candidate.identity());
            for (int n = 2; !used.add(id); n++) {
                id = CardId.derive(note.id(), idKind, seconds.orElse(null), candidate.identity()).withSuffix(n);
            }
            CardSource source = new CardSource(note.videoId(), seconds, claim.text(), claim.line());
            drafts.add(new CardDraft(id, note.id(), candidate.kind(), context.contextFor(candidate.claimIndex(), candidate.answer(), candidate.kind().isGap()), candidate.front(),
                    candidate.back(), candidate.answer(), candidate.options(), source, candidate.claimIndex()));
        }
        return drafts;
    }
}
