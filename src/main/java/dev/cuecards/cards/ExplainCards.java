package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.language.Tagged;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import dev.cuecards.notes.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Why / what / how" cards from the note's structure: a callout's title, a heading phrased as (or turned into) a
 * question, and causal claims ("because", "so that", "due to", "therefore"). The answer is the claims that answer
 * it, kept short.
 */
final class ExplainCards {

    private static final int SHORT_ANSWER = 360;
    private static final int LOOK_AHEAD = 4;
    private static final Pattern BECAUSE = Pattern.compile("^(.{15,}?),? (because|so that|due to) (.{10,})$");
    private static final Pattern LEADING_BECAUSE = Pattern.compile("^Because (.{10,}?), (.{10,})$");
    private static final Pattern THEREFORE = Pattern.compile("^(?:Therefore|Thus|As a result|Consequently|Hence),\\s+(.{10,})$");
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "is", "are",
            "was", "were", "for", "with", "as", "by", "that", "this", "it", "its", "be", "can", "their", "they", "at", "from");

    private static final java.util.regex.Pattern SUBORDINATE = java.util.regex.Pattern.compile(
            "^(?:(?:However|But|And|Yet|Still|Also|So|Then|Instead|Otherwise|Meanwhile|Moreover|Furthermore),?\\s+)?"
            + "(?i:While|Although|Though|Whereas|If|When|Whenever|Since|As|Unless|Until|Because|Once|Even though)\\b");
    /** "this vision", "these dependencies": a thing named outside the card. */
    private static final java.util.regex.Pattern POINTS_ELSEWHERE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:this|these|those|such)\\s+(?!is\\b|was\\b|are\\b|were\\b|means\\b)[a-z]+");

    private ExplainCards() {
    }

    static List<Candidate> write(NoteContext note) {
        List<Candidate> cards = new ArrayList<>();
        callouts(note, cards);
        headings(note, cards);
        causes(note, cards);
        return cards;
    }

    private static void callouts(NoteContext note, List<Candidate> cards) {
        for (int i = 0; i < note.claims().size(); i++) {
            if (!(note.claim(i).role() instanceof ClaimRole.Callout callout) || callout.title().isEmpty()
                    || i > 0 && note.claim(i - 1).role().equals(callout)) {
                continue;
            }
            List<Integer> body = run(note, i);
            if (body.size() == 1) {
                related(note, i, callout.title().get()).ifPresent(body::add);
            }
            int index = i;
            if (!isStatement(note, i)) {
                continue;
            }
            Questions.forCallout(callout.title().get()).ifPresent(question -> cards.add(Candidate.of(CardKind.EXPLAIN, index, question,
                    answer(note, body), answer(note, body), callout.title().get())));
        }
    }

    private static void headings(NoteContext note, List<Candidate> cards) {
        for (Section section : note.note().sections()) {
            Optional<String> question = Questions.fromTitle(section.title());
            List<Integer> under = new ArrayList<>();
            for (int i = 0; i < note.claims().size() && under.size() < 2; i++) {
                Claim claim = note.claim(i);
                if (claim.sectionPath().equals(section.path()) && !(claim.role() instanceof ClaimRole.Heading)) {
                    under.add(i);
                }
            }
            // "Why does specificity matter?" of a section "Importance of Specificity": the section's first lines tell
            // what it is, not why it matters (0 of the 5 such heading cards of the development readings was kept); a callout so titled
            // (the seed's "Importance of Data Locality") holds the reason itself, and is asked
            boolean matters = question.isPresent() && question.get().endsWith(" matter?");
            if (question.isPresent() && !under.isEmpty() && !matters && isStatement(note, under.get(0))) {
                cards.add(Candidate.of(CardKind.EXPLAIN, under.get(0), question.get(), answer(note, under), answer(note, under), section.title()));
            }
        }
    }

    private static void causes(NoteContext note, List<Candidate> cards) {
        for (int i = 0; i < note.claims().size(); i++) {
            Optional<String> standing = note.standAlone(i);
            if (standing.isEmpty()) {
                continue;
            }
            String text = Regex.replaceFirst(standing.get(), "\\.$", "");
            Matcher because = BECAUSE.matcher(text);
            Matcher leading = LEADING_BECAUSE.matcher(text);
            Matcher therefore = THEREFORE.matcher(text);
            if (leading.matches()) {
                cause(i, leading.group(2), "Because " + leading.group(1), note).ifPresent(cards::add);
            } else if (because.matches() && !Referents.opensWithPronoun(because.group(1)) && attaches(because.group(1))) {
                String connector = DefinitionCards.upperFirst(because.group(2));
                cause(i, because.group(1), connector + " " + because.group(3), note).ifPresent(cards::add);
            } else if (therefore.matches() && i > 0 && note.together(i - 1, i) && !Referents.opensWithPronoun(therefore.group(1))
                    && !Referents.opensWithPronoun(note.claim(i - 1).text())) {
                cause(i, therefore.group(1), note.claim(i - 1).text(), note).ifPresent(cards::add);
            }
        }
    }

    /**
     * "The effect, as the note says it. Why?" — always grammatical, whatever the effect's wording — when the effect
     * is a whole clause: a subject and a verb of its own, not ending on a verb that waits for the cause ("X is due to").
     */
    private static Optional<Candidate> cause(int index, String effect, String reason, NoteContext note) {
        // "…ended in a blunder, possibly" because…: the adverb hedges the cause, not the effect.
        String clause = Regex.replaceFirst(Regex.replaceAll(effect.strip(), "[.,;:]+$", ""), ",(['’\"”]?)\\s*[\\p{L}]+$", "$1").strip();
        if (SUBORDINATE.matcher(clause).find()) {
            return Optional.empty(); // "While statins are less effective…", "However, if you…" is no statement of its own
        }
        if (clause.chars().filter(c -> c == '"').count() % 2 == 1 || clause.chars().filter(c -> c == '“').count() > clause.chars().filter(c -> c == '”').count()) {
            return Optional.empty(); // '…a clear message: "My son, it was I who brought you. Why?' asks inside an open quotation
        }
        if (POINTS_ELSEWHERE.matcher(clause).find() || POINTS_ELSEWHERE.matcher(reason).find()) {
            return Optional.empty(); // "Microsoft committed to this vision. Why?" "Because of these dependencies."
        }
        Tagged tagged = note.tagged(clause);
        int verb = -1;
        for (int k = 0; k < tagged.size() && verb < 0; k++) {
            // "increased lifespan": a participle before a noun describes it, it is not the clause's verb
            boolean participle = tagged.tag(k).equals("VERB") && tagged.word(k).endsWith("ed") && k + 1 < tagged.size()
                    && (tagged.isNoun(k + 1) || tagged.isAdjective(k + 1));
            if (tagged.isVerb(k) && !participle) {
                verb = k;
            }
        }
        boolean subject = false;
        for (int k = 0; k < verb; k++) {
            subject |= tagged.isNoun(k) || tagged.tag(k).equals("PRON") || tagged.isNumber(k);
        }
        boolean dangling = tagged.size() == 0 || tagged.isVerb(tagged.size() - 1) || tagged.isFunctionWord(tagged.size() - 1);
        if (verb < 0 || !subject || dangling || tagged.lacksMainVerb()) {
            return Optional.empty();
        }
        if (reason.strip().endsWith(":")) {
            return Optional.empty(); // "…due to several factors:" leads into a list; the cause is not in this sentence
        }
        String answer = reason.endsWith(".") ? reason : reason + ".";
        String front = DefinitionCards.upperFirst(clause) + ". Why?";
        return Optional.of(Candidate.of(CardKind.EXPLAIN, index, front, answer + " — " + note.claim(index).text(), answer, "why " + effect));
    }

    /** The cause belongs to the clause before it, not to a negation ("not because") or a relative clause (", which … because"). */
    private static boolean attaches(String effect) {
        String e = effect.strip().toLowerCase(Locale.ROOT);
        return !Regex.matches(e, ".*\\b(?:not|only|partly|mainly|just|simply|largely|primarily|mostly|solely|in part)$")
                && !Regex.matches(e, ".*, (?:which|who|where|whose|when)\\b[^,]*$") && !Regex.matches(e, ".*\\([^)]*$")
                // "X is critical, whereas for Y a longer time is acceptable due to…": the cause is the last clause's
                && !Regex.matches(e, ".*(?:, (?:whereas|although|though|while|but)|; )\\b.*");
    }

    /** The claims of one callout, paragraph or item starting at {@code first}. */
    private static List<Integer> run(NoteContext note, int first) {
        List<Integer> run = new ArrayList<>();
        run.add(first);
        for (int i = first + 1; i < note.claims().size() && note.claim(i).role().equals(note.claim(first).role()); i++) {
            run.add(i);
        }
        return run.subList(0, Math.min(2, run.size()));
    }

    /** The claim shortly after that shares most words with the callout, to complete a one-line answer. */
    private static Optional<Integer> related(NoteContext note, int index, String title) {
        Set<String> words = contentWords(title + " " + note.claim(index).text());
        int best = -1;
        int bestOverlap = 0;
        for (int i = index + 1; i < Math.min(note.claims().size(), index + 1 + LOOK_AHEAD); i++) {
            if (!note.claim(i).sectionPath().equals(note.claim(index).sectionPath())) {
                break;
            }
            Set<String> shared = contentWords(note.claim(i).text());
            shared.retainAll(words);
            if (shared.size() > bestOverlap) {
                best = i;
                bestOverlap = shared.size();
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : Regex.split(text.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !STOPWORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * True for a claim written as a sentence, ending as one or as the lead-in of what follows: the titles of an index of videos ("Optimal age to start
     * CPP payments") and a lead-in cut after its first item ("for three main reasons: Affordability") answer nothing.
     */
    private static boolean isStatement(NoteContext note, int index) {
        return Regex.matches(note.claim(index).text(), "(?s).*[.!?:][\"”'’)]*$");
    }

    private static String answer(NoteContext note, List<Integer> claims) {
        StringBuilder answer = new StringBuilder();
        for (int index : claims) {
            String text = note.claim(index).text();
            if (answer.length() > 0 && answer.length() + text.length() > SHORT_ANSWER) {
                break;
            }
            answer.append(answer.length() > 0 ? " " : "").append(text);
        }
        return answer.toString();
    }
}
