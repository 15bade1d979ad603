package dev.cuecards.cards;

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

    boolean shows(String answer, String text) {
        String seen = QualityGates.normalise(text.replace(ClozeCards.GAP, " "));
        String a = QualityGates.normalise(answer).strip();
        boolean number = a.chars().anyMatch(Character::isDigit);
        if ((a.length() >= 2 || number) && seen.contains(" " + a + " ")) {
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
        String letters = answer.replaceFirst("s$", "");
        if (letters.matches("[A-Z][A-Z0-9&]{1,7}")) {
            return initialsOfRuns(text, letters.length() >= 3).contains(letters.toLowerCase(Locale.ROOT));
        }
        String initials = AcronymCards.initials(answer);
        return initials.length() >= 2 && answer.contains(" ") && Character.isUpperCase(answer.charAt(0))
                && seen.contains(" " + initials + " ") || initials.length() >= 2 && seen.contains(" " + initials + "s ");
    }

    /**
     * The initials of every run of words in the text, hyphenated parts counted apart: "Amazon Web Services launched"
     * gives "aws" among others, "write-ahead logging" gives "wal". Runs of capitalised words only unless
     * {@code anyCase}: two letters are spelled by chance too easily.
     */
    private static Set<String> initialsOfRuns(String text, boolean anyCase) {
        Set<String> found = new java.util.HashSet<>();
        String[] words = text.split("[^\\p{L}\\p{N}&']+");
        for (int from = 0; from < words.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < words.length && !words[to].isEmpty(); to++) {
                String w = words[to];
                if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (!anyCase && !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
                    break;
                }
                run.append(Character.toLowerCase(w.charAt(0)));
                if (run.length() >= 2) {
                    found.add(run.toString());
                }
            }
        }
        return found;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
