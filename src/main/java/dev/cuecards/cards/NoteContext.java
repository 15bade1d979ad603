package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import dev.cuecards.notes.Note;
import dev.cuecards.language.CommonNouns;
import dev.cuecards.language.Tagged;
import dev.cuecards.language.Tagger;
import java.util.List;
import java.util.Optional;

/** One note as the card writers see it: its claims in order, with what each needs to stand alone. */
final class NoteContext {

    private static final int TOPIC_MENTIONS = 4;
    private static final int LONGEST_CONTEXT = 300;
    /** Longer than this, a claim is no sentence a card can ask (a front holds at most 320 characters). */
    static final int LONGEST_SENTENCE = 2 * QualityGates.LONGEST_FRONT;
    /** Text that is not the note's prose: a file or variable name ("challenges_and_triumphs"), a pasted list of times. */
    private static final java.util.regex.Pattern DEBRIS = java.util.regex.Pattern.compile("[a-z]+_[a-z]+_[a-z]+|\\[\\d{1,2}:\\d{2}(?::\\d{2})?[,\\]]");
    private static final java.util.regex.Pattern META = java.util.regex.Pattern.compile("^(?:In summary|In conclusion|To summari[sz]e|To sum up|To conclude|"
            + "Overall,|In short,|For more(?: information| details)?,? (?:see|check|visit|refer|read)|See also|Learn more|Read more|Check out|"
            + "Refer to|As (?:mentioned|discussed|noted|explained|seen) (?:earlier|above|before|previously)|In this (?:video|note|article|section|episode)|"
            + "This (?:video|note|article|section|episode|tutorial|guide|talk|lecture|presentation|podcast|post|summary) "
            + "(?:covers|explains|discusses|shows|explores|is about|outlines|describes|presents|walks|introduces|highlights|provides|summari[sz]es)"
            + "|The (?:discussion|conversation|episode|interview|podcast|exchange)(?: with [^,.]{1,60}?)? (?:highlights|presents|emphasi[sz]es|underscores"
            + "|serves|offers|provides|explores|covers|concludes|ends|touches|delves|showcases|illustrates|reveals|sheds|raises|reminds|leaves))",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A section that sums up what came before: its sentences restate, they teach nothing of their own. */
    private static final java.util.regex.Pattern SUMMING_UP = java.util.regex.Pattern.compile(
            "(?:In |Final |Closing |Concluding )?(?:Conclusions?|Summary|Thoughts|Remarks|Wrap[- ]?up|Final Words|Closing Words)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Note note;
    private final java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
    private final java.util.Map<String, Boolean> topics = new java.util.HashMap<>();
    private final List<String> lowerTexts;
    private final java.util.Map<String, Tagged> tagged = new java.util.HashMap<>();
    /** Key phrases by claim index and wording: the cards, the options and the names' kinds all ask for them. */
    private final java.util.Map<String, List<Phrase>> phrases = new java.util.HashMap<>();
    private final Answers answers;

    NoteContext(Note note) {
        this(note, note.claims().stream().map(c -> tag(c.text())).toList());
    }

    /** @param claimTags each claim's text as already tagged, in claim order */
    NoteContext(Note note, List<Tagged> claimTags) {
        this.note = note;
        for (Tagged t : claimTags) {
            tagged.put(t.text(), t);
        }
        this.lowerTexts = note.claims().stream().map(c -> c.text().toLowerCase(java.util.Locale.ROOT)).toList();
        this.answers = new Answers(note);
    }

    /**
     * The words and tags of a text of this note, each text tagged once. A text longer than any front could hold is
     * not a sentence a card can ask; it is left untagged (no words), so a hostile line costs nothing.
     */
    Tagged tagged(String text) {
        return tagged.computeIfAbsent(text, NoteContext::tag);
    }

    static Tagged tag(String text) {
        return text.length() > LONGEST_SENTENCE ? Tagger.tag("") : Tagger.tag(text);
    }

    /** The key phrases of the claim, sought in the given wording of it (its own, or made to stand alone). */
    List<Phrase> phrases(int index, String text) {
        String key = index + "\n" + text;
        List<Phrase> found = phrases.get(key);
        if (found == null) {
            found = List.copyOf(KeyPhrases.find(claim(index), tagged(text), this::claimsMentioning, CommonNouns.get()));
            phrases.put(key, found);
        }
        return found;
    }

    /** What gives answers away in this note: the acronyms it expands. */
    Answers answers() {
        return answers;
    }

    /**
     * True when the claim says something of its own: not a line that introduces what follows ("…offers two primary
     * types of:"), not a summary or a pointer elsewhere ("In summary, …", "For more, see …", "The discussion highlights
     * …", any sentence of a "Conclusion" section), not debris left in the note (a file name, a pasted list of times).
     */
    boolean makesCards(int index) {
        String text = claim(index).text().strip();
        return !isLeadIn(index) && !text.endsWith(":") && !sumsUp(index) && !META.matcher(text).find() && !DEBRIS.matcher(text).find();
    }

    /** True for a claim of a section that sums up ("Conclusion", "Final Thoughts"): no card of any kind comes from it. */
    boolean sumsUp(int index) {
        List<String> path = claim(index).sectionPath();
        return !path.isEmpty() && SUMMING_UP.matcher(path.get(path.size() - 1).strip()).matches();
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
        String leadIn = Regex.replaceFirst(claim(index).text(), "\\s*:$", "");
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

    /**
     * For a claim without a moment of its own or inherited: the moment of the nearest claim of its section, the
     * next one first (what a sentence introduces is said after it), else the one before. Empty when the section has
     * no moment at all.
     */
    Optional<Integer> nearbyMoment(int index) {
        List<String> section = claim(index).sectionPath();
        for (int i = index + 1; i < claims().size() && claim(i).sectionPath().equals(section); i++) {
            Optional<dev.cuecards.notes.Timestamp> stamp = claim(i).linkTimestamp();
            if (stamp.isPresent()) {
                return stamp.map(dev.cuecards.notes.Timestamp::seconds);
            }
        }
        for (int i = index - 1; i >= 0 && claim(i).sectionPath().equals(section); i--) {
            Optional<dev.cuecards.notes.Timestamp> stamp = claim(i).linkTimestamp();
            if (stamp.isPresent()) {
                return stamp.map(dev.cuecards.notes.Timestamp::seconds);
            }
        }
        return Optional.empty();
    }

    /** "Note title › Section › Subsection". */
    String context(int index) {
        return contextFor(index, "");
    }

    /**
     * The context line for a card with this answer: the note's title and the claim's sections, less any heading
     * that would say the answer ("Enabling eKYC" above a card asking for eKYC). The title always stays.
     */
    String contextFor(int index, String answer) {
        return contextFor(index, answer, false);
    }

    /** The context line, with the claim's list-item label after the headings when {@code withLabel} (cloze cards). */
    String contextFor(int index, String answer, boolean withLabel) {
        List<String> path = claim(index).sectionPath();
        List<String> shown = new java.util.ArrayList<>();
        for (String heading : path) {
            if (!heading.equalsIgnoreCase(note.title()) && (answer.isEmpty() || !answers.shows(answer, heading))) {
                shown.add(heading);
            }
        }
        // The title stays unless it says the answer and a heading is left to stand for it ("What is Sagemaker?" under
        // "Amazon Sagemaker and ML offerings").
        boolean titleShows = !answer.isEmpty() && !shown.isEmpty() && answers.shows(answer, note.title());
        StringBuilder context = new StringBuilder(titleShows ? shown.remove(0) : note.title());
        shown.forEach(heading -> context.append(" › ").append(heading));
        // A list item's label ("**Container Services:** Despite supporting Kubernetes…") belongs with the headings above the front.
        if (withLabel && claim(index).role() instanceof ClaimRole.TermItem item && !KeyPhrases.isGeneric(item.term()) && !claim(index).text().contains(item.term())
                && (answer.isEmpty() || !answers.shows(answer, item.term()))) {
            context.append(" › ").append(item.term());
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
            String previous = claim(index - 1).text();
            return Referents.openingName(previous).filter(name -> isSubject(tagged(previous), previous.indexOf(name) + name.length()));
        }
        return Optional.empty();
    }

    /** True when the words ending at {@code end} are the sentence's subject: its verb comes right after them. */
    private static boolean isSubject(Tagged sentence, int end) {
        for (int k = 0; k < sentence.size(); k++) {
            if (sentence.start(k) >= end) {
                boolean adverb = sentence.tag(k).equals("ADV") && k + 1 < sentence.size();
                return sentence.isVerb(adverb ? k + 1 : k);
            }
        }
        return false;
    }

    /** "TensorFlow", "Riva128", "Wi-FI"; a capital after a hyphen only starts a word ("User-Centric", "Long-Term"). */
    static boolean hasInnerCapitalOrDigit(String word) {
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || Character.isUpperCase(c) && word.charAt(i - 1) != '-') {
                return true;
            }
        }
        return false;
    }

    /** A term that names a thing (Riva 128, AGUI, TensorFlow) rather than labels a point (Technology as Investment). */
    static boolean looksLikeName(String term) {
        String[] words = Regex.split(term, "\\s+");
        boolean allCapitalised = java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))));
        boolean marked = words.length == 1 && !CommonNouns.get().isEveryday(Tagger.nounLemma(term)) && !dev.cuecards.language.EnglishWords.get().isEveryday(term) || java.util.Arrays.stream(words).anyMatch(NoteContext::hasInnerCapitalOrDigit);
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
        // "Some ideas include: This would allow users…": a lead-in's "this" is one of its items, not the lead-in.
        boolean usable = previous.length() <= LONGEST_CONTEXT && !Referents.opensWithUnresolvedPronoun(previous) && !previous.strip().endsWith(":");
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
