package dev.cuecards.cards;

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
    public static final int VERSION = 1;

    private final GeneratorSettings settings;
    private final Distractors distractors;

    /**
     * @param vault every note of the vault, where multiple-choice cards find their distractors
     */
    public CardGenerator(List<Note> vault, GeneratorSettings settings) {
        this.settings = settings;
        this.distractors = new Distractors(vault);
    }

    /** The cards of one note, in the order of its claims. */
    public List<CardDraft> generate(Note note) {
        NoteContext context = new NoteContext(note);
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(DefinitionCards.write(context));
        candidates.addAll(AcronymCards.write(context));
        candidates.addAll(TermCards.write(context));
        candidates.addAll(ExplainCards.write(context));
        candidates.addAll(CompareCards.write(context));
        candidates.addAll(ListCards.write(context));
        candidates.addAll(ClozeCards.write(context, distractors));
        List<Candidate> passed = candidates.stream().filter(c -> QualityGates.rejection(c).isEmpty()).toList();
        List<Candidate> kept = withinLimits(withoutDuplicates(passed), context);
        return drafts(context, kept);
    }

    private static List<Candidate> withoutDuplicates(List<Candidate> candidates) {
        Set<String> seen = new HashSet<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String front = QualityGates.normalise(candidate.front());
            String identity = CardId.normalise(candidate.identity());
            boolean fresh = seen.add(candidate.kind() + "|" + front)
                    & seen.add(candidate.kind() + "#" + candidate.claimIndex() + "#" + identity);
            if (fresh) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /**
     * Keeps at most so many cards per claim and per note. Every claim gets its best card first; then come cards that
     * link to a moment no card links to yet; then the rest, round by round.
     */
    private List<Candidate> withinLimits(List<Candidate> candidates, NoteContext context) {
        Map<Integer, List<Candidate>> byClaim = new HashMap<>();
        candidates.stream().sorted(Comparator.comparingInt(Candidate::priority))
                .forEach(c -> byClaim.computeIfAbsent(c.claimIndex(), k -> new ArrayList<>()).add(c));
        List<Integer> claims = byClaim.keySet().stream().sorted().toList();
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
        Map<Integer, Integer> perClaim = new HashMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (kept.size() < settings.maxCardsPerNote() && perClaim.merge(candidate.claimIndex(), 1, Integer::sum) <= settings.maxCardsPerClaim()) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::claimIndex).thenComparingInt(Candidate::priority));
        return kept;
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
            Optional<Integer> seconds = candidate.seconds(claim);
            CardId id = CardId.derive(note.id(), candidate.kind(), seconds.orElse(null), candidate.identity());
            for (int n = 2; !used.add(id); n++) {
                id = CardId.derive(note.id(), candidate.kind(), seconds.orElse(null), candidate.identity()).withSuffix(n);
            }
            CardSource source = new CardSource(note.videoId(), seconds, claim.text(), claim.line());
            drafts.add(new CardDraft(id, note.id(), candidate.kind(), context.context(candidate.claimIndex()), candidate.front(),
                    candidate.back(), candidate.answer(), candidate.options(), source, candidate.claimIndex()));
        }
        return drafts;
    }
}
