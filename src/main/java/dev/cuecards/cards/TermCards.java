package dev.cuecards.cards;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Term cards from bold-term items ({@code **Container Services**: ...}): the term asks for its description, and,
 * where the description does not name the term, the description asks for the term.
 */
final class TermCards {

    private static final int SHORT_DESCRIPTION = 70;
    private static final int LONGEST_REVERSE = 150;
    private static final int REVERSE_PRIORITY = 6;

    private TermCards() {
    }

    static List<Candidate> write(NoteContext note) {
        List<Candidate> cards = new ArrayList<>();
        for (int i = 0; i < note.claims().size(); i++) {
            Claim claim = note.claim(i);
            if (!(claim.role() instanceof ClaimRole.TermItem item) || isContinuation(note, i) || KeyPhrases.isGeneric(item.term())) {
                continue;
            }
            String description = description(note, i);
            String term = item.term();
            if (description.contains("$$")) {
                continue;
            }
            cards.add(Candidate.of(CardKind.TERM, i, "What is “" + term + "”?", term + ": " + description, description, term));
            boolean namesTerm = description.toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT));
            Optional<String> standing = Referents.standAlone(description, Optional.empty());
            if (!namesTerm && standing.isPresent() && !Referents.opensWithPronoun(description) && description.length() <= LONGEST_REVERSE
                    && !description.contains("$")) {
                cards.add(Candidate.of(CardKind.TERM, i, "Which term is this: “" + standing.get() + "”", term + ": " + description,
                        term, "reverse " + term).withPriority(REVERSE_PRIORITY));
            }
        }
        return cards;
    }

    /** The item's first sentence, and its second when the first is short. */
    private static String description(NoteContext note, int index) {
        String first = note.claim(index).text();
        int next = index + 1;
        if (first.length() < SHORT_DESCRIPTION && next < note.claims().size() && note.claim(next).role().equals(note.claim(index).role())) {
            return first + " " + note.claim(next).text();
        }
        return first;
    }

    static boolean isContinuation(NoteContext note, int index) {
        return index > 0 && note.claim(index - 1).role().equals(note.claim(index).role());
    }
}
