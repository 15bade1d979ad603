package dev.cuecards.cards;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import dev.cuecards.notes.Note;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Wrong answers for multiple choice, of the same kind as the right one (numbers with numbers, acronyms with
 * acronyms, terms with terms, names with names), taken first from the same note, then the same channel, then the
 * whole vault. Never a paraphrase of the answer, never a phrase the front already shows.
 */
final class Distractors {

    static final int WANTED = 3;

    private final Map<String, Map<PhraseType, Set<String>>> byNote = new HashMap<>();
    private final Map<String, Map<PhraseType, Set<String>>> byChannel = new HashMap<>();
    private final Map<PhraseType, Set<String>> vault = new EnumMap<>(PhraseType.class);

    Distractors(List<Note> notes) {
        for (Note note : notes) {
            Map<PhraseType, Set<String>> own = byNote.computeIfAbsent(note.id().value(), k -> new EnumMap<>(PhraseType.class));
            Map<PhraseType, Set<String>> channel = byChannel.computeIfAbsent(note.channelKey().orElse(""), k -> new EnumMap<>(PhraseType.class));
            for (Claim claim : note.claims()) {
                for (Phrase phrase : phrasesOf(claim)) {
                    for (Map<PhraseType, Set<String>> pool : List.of(own, channel, vault)) {
                        pool.computeIfAbsent(phrase.type(), k -> new LinkedHashSet<>()).add(phrase.text());
                    }
                }
            }
        }
    }

    private static List<Phrase> phrasesOf(Claim claim) {
        List<Phrase> phrases = new ArrayList<>(KeyPhrases.find(claim, claim.text()));
        if (claim.role() instanceof ClaimRole.TermItem item && !KeyPhrases.isGeneric(item.term())) {
            phrases.add(new Phrase(item.term(), PhraseType.LABEL, 0, 0, 6));
        }
        return phrases;
    }

    /** The answer and three distractors, shuffled the same way every time; empty when three cannot be found. */
    List<String> optionsFor(Phrase answer, Note note, String front) {
        List<String> chosen = new ArrayList<>();
        boolean anyNoteWillDo = answer.type() == PhraseType.ACRONYM || answer.type() == PhraseType.NUMBER || answer.type() == PhraseType.YEAR;
        List<Map<PhraseType, Set<String>>> pools = List.of(byNote.getOrDefault(note.id().value(), Map.of()),
                byChannel.getOrDefault(note.channelKey().orElse(""), Map.of()), anyNoteWillDo ? vault : Map.of());
        for (Map<PhraseType, Set<String>> pool : pools) {
            List<String> candidates = shuffled(pool.getOrDefault(answer.type(), Set.of()), answer.text());
            for (String candidate : candidates) {
                if (chosen.size() < WANTED && fits(candidate, answer.text(), front, chosen)) {
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

    private static boolean fits(String candidate, String answer, String front, List<String> chosen) {
        String c = candidate.toLowerCase(Locale.ROOT);
        String a = answer.toLowerCase(Locale.ROOT);
        boolean paraphrase = c.contains(a) || a.contains(c) || initials(candidate).equals(a) || initials(answer).equals(c)
                || c.replaceAll("[^a-z0-9]", "").equals(a.replaceAll("[^a-z0-9]", ""));
        boolean shown = front.toLowerCase(Locale.ROOT).contains(c);
        boolean repeated = chosen.stream().anyMatch(x -> x.equalsIgnoreCase(candidate) || x.toLowerCase(Locale.ROOT).contains(c)
                || c.contains(x.toLowerCase(Locale.ROOT)));
        return !paraphrase && !shown && !repeated && candidate.length() <= Math.max(40, answer.length() * 3);
    }

    private static String initials(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                out.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    /** The candidates in a pseudo-random order that depends only on them and the seed, each key computed once. */
    private static List<String> shuffled(Set<String> candidates, String seed) {
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
