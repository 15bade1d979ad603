package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * List cards: a list with its lead-in ("To generate a longer piece of text:") asks for its items, in order for a
 * numbered list.
 */
final class ListCards {

    private static final int FEWEST = 2;
    private static final int MOST = 8;
    private static final int LONGEST_ITEM = 90;
    private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile("(?is)(?:To|In order to)\\s+(.+)");
    /** A stem as short as "Steps:" or as vague as "They include:" does not say what list is asked for. */
    private static final int FEWEST_STEM_WORDS = 3;

    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private ListCards() {
    }

    static List<Candidate> write(NoteContext note) {
        List<Candidate> cards = new ArrayList<>();
        int i = 0;
        while (i < note.claims().size()) {
            Optional<String> leadIn = leadIn(note.claim(i).role());
            if (leadIn.isEmpty()) {
                i++;
                continue;
            }
            int first = i;
            List<String> items = new ArrayList<>();
            boolean numbered = note.claim(i).role() instanceof ClaimRole.NumberedStep
                    || note.claim(i).role() instanceof ClaimRole.TermItem t && t.number().isPresent();
            while (i < note.claims().size() && (leadIn(note.claim(i).role()).equals(leadIn) || isNested(note.claim(i).role()))) {
                if (isNested(note.claim(i).role())) {
                    i++;
                    continue;
                }
                if (i == first || startsItem(note, i)) {
                    items.add(itemText(note.claim(i)));
                }
                i++;
            }
            boolean stemNamesSubject = Referents.standAlone(leadIn.get(), Optional.empty()).isPresent()
                    && Regex.split(leadIn.get(), "\\s+").length >= FEWEST_STEM_WORDS && isWholeStem(note, leadIn.get(), numbered);
            if (stemNamesSubject && (numbered || saysHowMany(leadIn.get(), items.size())) && items.size() >= FEWEST && items.size() <= MOST && items.stream().allMatch(t -> t.length() <= LONGEST_ITEM)) {
                // The card stands for the whole list: its source is the lead-in line, which takes the list's first moment when it has none.
                boolean saidBefore = first > 0 && note.isLeadIn(first - 1);
                cards.add(card(note, saidBefore ? first - 1 : first, leadIn.get(), items, numbered));
            }
        }
        return cards;
    }

    /**
     * True when the stem says how many items it lists ("through four channels", "two NoSQL database options",
     * "both"): a reader then knows what a complete answer is. Read blind, unnumbered lists of headings under a vague
     * stem ("faced several challenges") were kept one time in seven.
     */
    private static boolean saysHowMany(String stem, int items) {
        String lower = " " + Regex.replaceAll(stem.toLowerCase(java.util.Locale.ROOT), "[^a-z0-9]+", " ") + " ";
        boolean word = items < COUNTS.size() && lower.contains(" " + COUNTS.get(items) + " ");
        return word || lower.contains(" " + items + " ") || items == 2 && (lower.contains(" both ") || lower.contains(" pair "));
    }

    /**
     * True when the stem is a sentence that says what is listed ("The debate touched upon the causes of inflation"),
     * not an order, a heading, a condition ("Since 25 is a square"), a purpose outside numbered steps ("To use
     * cornstarch"), a line presenting the list ("Here are three tips") or a line cut before its object ("…, including", "the thresholds are as follows", "Key intangibles included").
     */
    private static boolean isWholeStem(NoteContext note, String stem, boolean numbered) {
        String bare = Regex.replaceAll(stem.strip(), "[:.]+$", "").strip();
        boolean cut = Regex.matches(bare, "(?is).*\\b(?:include|includes|included|including|are|is|were|was|as follows|following|such as|like|for example|e\\.g\\.?|to|by|of|and|or)$");
        // "Since 25 is a perfect square", "If you are new": a condition is no subject; a purpose is one only for
        // numbered steps, asked as a question ("To run the extension" becomes "How do you run the extension?")
        boolean condition = Regex.matches(bare, "(?is)(?:Since|If|When|Because|As|After|Before|While|Although|Once)\\s.*");
        boolean purpose = Regex.matches(bare, "(?is)(?:To|In order to)\\s.*");
        // "Here are three pieces of advice for 2021": a line presenting the list says nothing to ask for
        boolean presenting = Regex.matches(bare, "(?is)(?:Here(?:'s| is| are)|Below (?:is|are)|The following|Listed below|These are)\\b.*");
        return !cut && !condition && !presenting && (numbered || !purpose) && ClozeCards.isSentence(note.tagged(bare));
    }

    private static Candidate card(NoteContext note, int first, String leadIn, List<String> items, boolean numbered) {
        String lead = Referents.standAlone(leadIn, Optional.empty()).orElse(leadIn);
        // "However, RLHF has two main challenges": the connective ties the stem to a sentence the card does not show
        lead = DefinitionCards.upperFirst(Regex.replaceFirst(lead, "^(?:However|But|Also|Moreover|Furthermore|Additionally|And|Yet|Still),?\\s+", ""));
        String count = items.size() == 2 ? "both" : "all " + items.size();
        String front = lead + " — name " + count + (numbered ? ", in order." : ".");
        java.util.regex.Matcher purpose = PURPOSE.matcher(Regex.replaceAll(lead.strip(), "[:.]+$", ""));
        if (numbered && purpose.matches() && !purpose.group(1).contains(",")) {
            // read blind, "To run the extension — name all 3" was a lead-in line; as a question it asks for the steps
            // ("To move a route, follow these steps" is a sentence already, and stays as it is)
            front = "How do you " + purpose.group(1) + "? Name " + (items.size() == 2 ? "both" : "all " + items.size()) + " steps, in order.";
        }
        StringBuilder answer = new StringBuilder();
        for (int n = 0; n < items.size(); n++) {
            answer.append(n > 0 ? "; " : "").append(numbered ? (n + 1) + ". " : "").append(items.get(n));
        }
        return Candidate.of(CardKind.LIST, first, front, answer.toString(), answer.toString(), "list " + leadIn);
    }

    private static boolean startsItem(NoteContext note, int index) {
        ClaimRole previous = note.claim(index - 1).role();
        ClaimRole current = note.claim(index).role();
        return !previous.equals(current) || note.claim(index - 1).line() != note.claim(index).line();
    }

    private static String itemText(Claim claim) {
        if (claim.role() instanceof ClaimRole.TermItem item) {
            return item.term();
        }
        return Regex.replaceFirst(claim.text(), "[.;]$", "");
    }

    private static boolean isNested(ClaimRole role) {
        return role instanceof ClaimRole.ListItem item && item.depth() > 1 || role instanceof ClaimRole.NumberedStep step && step.depth() > 1;
    }

    private static Optional<String> leadIn(ClaimRole role) {
        if (role instanceof ClaimRole.ListItem item && item.depth() == 1) {
            return item.leadIn();
        }
        if (role instanceof ClaimRole.NumberedStep step && step.depth() == 1) {
            return step.leadIn();
        }
        if (role instanceof ClaimRole.TermItem item) {
            return item.leadIn();
        }
        return Optional.empty();
    }
}
