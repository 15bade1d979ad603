package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every card must pass: no markup left, the answer nowhere in the front, a front that reads on its own at a
 * sensible length, a gap in every cloze, three to five distinct options holding the answer once.
 */
final class QualityGates {

    private static final Pattern RESIDUE = Pattern.compile("\\[\\[|]]|<[A-Za-z/!]|data-t|\\*\\*|__|\\uFFFD|[\\uE000-\\uF8FF]");
    static final int SHORTEST_FRONT = 12;
    static final int FEWEST_CLOZE_WORDS = 6;
    static final int LONGEST_FRONT = 400;
    static final int LONGEST_ANSWER = 420;

    private QualityGates() {
    }

    /** Why the candidate fails, or empty when it passes. */
    static Optional<String> rejection(Candidate card) {
        String front = card.front();
        if (RESIDUE.matcher(front).find() || RESIDUE.matcher(card.back()).find() || RESIDUE.matcher(card.answer()).find()) {
            return Optional.of("markup residue");
        }
        if (front.length() < SHORTEST_FRONT || front.length() > LONGEST_FRONT) {
            return Optional.of("front length " + front.length());
        }
        if (card.answer().length() > LONGEST_ANSWER) {
            return Optional.of("answer too long");
        }
        if (Referents.opensWithUnresolvedPronoun(front)) {
            return Optional.of("front opens with a pronoun");
        }
        if (answerShows(card)) {
            return Optional.of("answer in the front");
        }
        boolean gapped = card.kind() == CardKind.CLOZE || card.kind() == CardKind.CHOICE;
        if (gapped != front.contains(ClozeCards.GAP)) {
            return Optional.of(gapped ? "cloze without a gap" : "gap outside a cloze");
        }
        if (gapped && Regex.split(front.replace(ClozeCards.GAP, " "), "[^\\p{L}\\p{N}]+").length < FEWEST_CLOZE_WORDS) {
            return Optional.of("too little around the gap");
        }
        if (card.kind() == CardKind.CHOICE && !optionsHold(card.options(), card.answer())) {
            return Optional.of("options");
        }
        if (!gapped && !front.endsWith("?") && !front.endsWith(".") && !front.endsWith("”")) {
            return Optional.of("front is not a question");
        }
        return Optional.empty();
    }

    /**
     * The answer anywhere in the front, even inside a longer word ("legitimate" in "illegitimate"), gives it away; so
     * does half or more of a gapped phrase's words ("Container Services: … custom [...]" for "Amazon Container
     * Service"); a number's digits standing in the front ("0.96 (or [...])" for 96%) give it away too.
     */
    private static boolean answerShows(Candidate card) {
        String answer = normalise(card.answer()).strip();
        String front = normalise(card.front().replace(ClozeCards.GAP, " "));
        boolean number = answer.chars().anyMatch(Character::isDigit);
        if (answer.length() >= 3 && front.contains(answer) || number && front.contains(" " + answer + " ")) {
            return true;
        }
        boolean gapped = card.kind() == CardKind.CLOZE || card.kind() == CardKind.CHOICE;
        String[] words = answer.split(" ");
        if (!gapped || words.length < 2) {
            return false;
        }
        int content = 0;
        int shown = 0;
        for (String word : words) {
            if (word.length() >= 4) {
                content++;
                String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
                shown += front.contains(" " + stem) ? 1 : 0;
            }
        }
        return content > 0 && shown * 2 > content;
    }

    static boolean optionsHold(List<String> options, String answer) {
        Set<String> distinct = new HashSet<>();
        options.forEach(o -> distinct.add(o.toLowerCase(Locale.ROOT)));
        long answers = options.stream().filter(answer::equals).count();
        return options.size() >= 3 && options.size() <= 5 && distinct.size() == options.size() && answers == 1;
    }

    static String normalise(String text) {
        return " " + dev.cuecards.language.Chars.lowerWords(text) + " ";
    }
}
