package dev.cuecards.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloze cards: a claim with its key phrase replaced by {@code [...]}, one or two per claim, each turned into a
 * multiple-choice card as well when three distractors of the same kind are at hand.
 */
final class ClozeCards {

    static final String GAP = "[...]";
    private static final int LONG_CLAIM = 110;

    private ClozeCards() {
    }

    static List<Candidate> write(NoteContext note, Distractors distractors) {
        List<Candidate> cards = new ArrayList<>();
        for (int i = 0; i < note.claims().size(); i++) {
            Optional<String> standing = note.standAlone(i);
            if (standing.isEmpty()) {
                continue;
            }
            String text = standing.get();
            if (text.endsWith(":")) {
                continue;
            }
            List<Phrase> phrases = KeyPhrases.find(note.claim(i), text, note::claimsMentioning).stream()
                    .filter(p -> !note.isTopic(p.text())).toList();
            int wanted = text.length() > LONG_CLAIM ? 2 : 1;
            for (Phrase phrase : phrases.subList(0, Math.min(wanted, phrases.size()))) {
                String front = gapped(text, phrase.text());
                String back = phrase.text() + " — " + note.claim(i).text();
                cards.add(Candidate.of(CardKind.CLOZE, i, front, back, phrase.text(), phrase.text()));
                List<String> options = distractors.optionsFor(phrase, note.note(), front);
                if (!options.isEmpty()) {
                    cards.add(Candidate.of(CardKind.CHOICE, i, front, back, phrase.text(), phrase.text()).withOptions(options));
                }
            }
        }
        return cards;
    }

    /** The text with every whole-word occurrence of the phrase, in any case, replaced by the gap. */
    static String gapped(String text, String phrase) {
        Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(phrase) + "(?![\\w])", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.replaceAll(Matcher.quoteReplacement(GAP));
    }
}
