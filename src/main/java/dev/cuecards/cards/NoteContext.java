package dev.cuecards.cards;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import dev.cuecards.notes.Note;
import java.util.List;
import java.util.Optional;

/** One note as the card writers see it: its claims in order, with what each needs to stand alone. */
final class NoteContext {

    private static final int TOPIC_MENTIONS = 4;
    private static final int LONGEST_CONTEXT = 240;

    private final Note note;
    private final java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
    private final java.util.Map<String, Boolean> topics = new java.util.HashMap<>();
    private final List<String> lowerTexts;

    NoteContext(Note note) {
        this.note = note;
        this.lowerTexts = note.claims().stream().map(c -> c.text().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    Note note() {
        return note;
    }

    List<Claim> claims() {
        return note.claims();
    }

    Claim claim(int index) {
        return note.claims().get(index);
    }

    /** How many claims of the note mention the phrase, in any case. */
    int claimsMentioning(String phrase) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        return mentions.computeIfAbsent(lower, p -> (int) lowerTexts.stream().filter(t -> t.contains(p)).count());
    }

    /** True when the claim introduces a list: its text is the lead-in of the claim after it. */
    boolean isLeadIn(int index) {
        if (index + 1 >= claims().size() || !claim(index).text().endsWith(":")) {
            return false;
        }
        String leadIn = claim(index).text().replaceFirst("\\s*:$", "");
        ClaimRole next = claim(index + 1).role();
        Optional<String> nextLeadIn = next instanceof ClaimRole.ListItem item ? item.leadIn()
                : next instanceof ClaimRole.NumberedStep step ? step.leadIn()
                : next instanceof ClaimRole.TermItem term ? term.leadIn() : Optional.empty();
        return nextLeadIn.filter(leadIn::equals).isPresent();
    }

    /** True for a phrase so many claims mention (the note's subject) that it makes a guessable gap. */
    boolean isTopic(String phrase) {
        return topics.computeIfAbsent(phrase, this::countsAsTopic);
    }

    private boolean countsAsTopic(String phrase) {
        int claims = note.claims().size();
        boolean inTitle = java.util.regex.Pattern.compile("(?<![\\w])" + java.util.regex.Pattern.quote(phrase) + "(?![\\w])",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(note.title()).find();
        return inTitle || claimsMentioning(phrase) >= Math.max(TOPIC_MENTIONS, claims / 4);
    }

    /** "Note title › Section › Subsection". */
    String context(int index) {
        List<String> path = claim(index).sectionPath();
        StringBuilder context = new StringBuilder(note.title());
        for (String heading : path) {
            if (!heading.equalsIgnoreCase(note.title())) {
                context.append(" › ").append(heading);
            }
        }
        return context.toString();
    }

    /** What "it" or "they" in this claim most likely means: its item's term, or the name the claim before opened with. */
    Optional<String> subject(int index) {
        Claim claim = claim(index);
        if (claim.role() instanceof ClaimRole.TermItem item && looksLikeName(item.term())) {
            return Optional.of(item.term());
        }
        if (index > 0 && claim(index - 1).line() >= claim.line() - 1 && claim(index - 1).sectionPath().equals(claim.sectionPath())) {
            return Referents.openingName(claim(index - 1).text());
        }
        return Optional.empty();
    }

    /** A term that names a thing (Riva 128, AGUI, TensorFlow) rather than labels a point (Technology as Investment). */
    static boolean looksLikeName(String term) {
        String[] words = term.split("\\s+");
        boolean allCapitalised = java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))));
        boolean marked = words.length == 1 || java.util.Arrays.stream(words).anyMatch(w -> w.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)));
        return !KeyPhrases.isGeneric(term) && words.length <= 3 && allCapitalised && marked;
    }

    /**
     * For a claim opening with a pronoun that cannot be resolved: the sentence before it, shown ahead of it so the
     * pronoun reads in context. Empty when there is no such sentence close by.
     */
    Optional<String> leadingContext(int index) {
        if (index == 0 || !claim(index - 1).sectionPath().equals(claim(index).sectionPath())) {
            return Optional.empty();
        }
        String previous = standAlone(index - 1).orElse(claim(index - 1).text());
        if (Referents.opensWithUnresolvedPronoun(previous) && index > 1 && claim(index - 2).sectionPath().equals(claim(index).sectionPath())) {
            previous = standAlone(index - 2).orElse(claim(index - 2).text()) + " " + previous;
        }
        boolean usable = previous.length() <= LONGEST_CONTEXT && !Referents.opensWithUnresolvedPronoun(previous);
        return usable ? Optional.of(previous) : Optional.empty();
    }

    /** The claim's text made to stand alone as a front, or empty when it cannot. */
    Optional<String> standAlone(int index) {
        return Referents.standAlone(claim(index).text(), subject(index));
    }

    /** True when two claims sit in the same paragraph, list item or callout. */
    boolean together(int a, int b) {
        Claim first = claim(a);
        Claim second = claim(b);
        return first.sectionPath().equals(second.sectionPath()) && first.role().equals(second.role())
                && Math.abs(first.line() - second.line()) <= 1;
    }
}
