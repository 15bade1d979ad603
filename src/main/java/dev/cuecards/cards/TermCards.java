package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Term cards from bold-term items ({@code **Sagemaker**: ...}), only where the item's label is a term: a name the
 * description speaks of ("What is “Sagemaker”?"), or a concept the description defines ("**Latency**: the time a
 * request waits"), which then is also asked the other way round. A label that sums up a point ("Dedicated
 * Keynotes", "Bracket Example"), a date or a sentence is not a term and makes no term card; its claim still makes
 * cloze cards.
 */
final class TermCards {

    private static final int SHORT_DESCRIPTION = 70;
    private static final int LONGEST_REVERSE = 150;
    private static final int REVERSE_PRIORITY = 6;
    private static final int LONGEST_TERM = 3;
    private static final java.util.regex.Pattern DEFINES = java.util.regex.Pattern.compile(
            "^(?:[a-z]|(?:A|An) |(?:Is|Are|Refers to|Means|Describes|Denotes|Stands for) )");

    private static final java.util.regex.Pattern PERSONAL = java.util.regex.Pattern.compile("\\b(?:he|his|him|she|her|hers)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private TermCards() {
    }

    static List<Candidate> write(NoteContext note) {
        List<Candidate> cards = new ArrayList<>();
        for (int i = 0; i < note.claims().size(); i++) {
            Claim claim = note.claim(i);
            if (!(claim.role() instanceof ClaimRole.TermItem item) || isContinuation(note, i) || !isTerm(item.term())) {
                continue;
            }
            String description = description(note, i);
            String term = item.term();
            // "Feasibility: Is the idea physically possible to produce?" is a checklist's question, not a definition.
            if (description.contains("$$") || description.contains("?")) {
                continue;
            }
            boolean namesTerm = java.util.regex.Pattern.compile("(?<![\\w])" + java.util.regex.Pattern.quote(term) + "(?![\\w])",
                    java.util.regex.Pattern.CASE_INSENSITIVE).matcher(description).find();
            // A description that gives an order ("Grate the Parmesan over the fries") defines nothing; a label of
            // everyday words ("Batting Order Consistency") is no term.
            boolean termLike = !term.contains(" ") || KeyPhrases.isTermLike(term, dev.cuecards.language.CommonNouns.get());
            // A one-word label that is an English word ("Layoffs", "Resonance") names a topic; a coined one ("Sagemaker") a thing.
            boolean coined = term.contains(" ") || term.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    || !dev.cuecards.language.EnglishWords.get().isEnglish(term);
            // A description that names its term says what it is only where the term is the thing described, as
            // written: "Pulumi lets teams…", "Amazon announced Sagemaker as its platform"; not "Its pulsation can be
            // felt…", "All Mofo markets are…" or "attempt to reframe…", which say something about it.
            String written = java.util.regex.Pattern.quote(term) + "(?:\\s+\\([^)]*\\))?\\s+";
            boolean namedAs = java.util.regex.Pattern.compile("^(?:The |An? )?" + written + "\\p{Ll}").matcher(description).find()
                    || java.util.regex.Pattern.compile("(?<![\\w])" + written + "(?:is|are|was|were|as|refers to|means|stands for)\\b").matcher(description).find();
            boolean named = namesTerm && namedAs && coined && NoteContext.looksLikeName(term) && termLike && ClozeCards.isSentence(note.tagged(description));
            boolean defined = !namesTerm && termLike && DEFINES.matcher(description).find();
            if (!named && !defined) {
                continue;
            }
            // A person is asked "who": the description speaks of them as he or she, or by a role ("Ballmer", "Kildall").
            boolean person = PERSONAL.matcher(description).find() || describesPerson(description);
            cards.add(Candidate.of(CardKind.TERM, i, (person ? "Who is “" : "What is “") + term + "”?", term + ": " + description, description, term));
            Optional<String> standing = Referents.standAlone(description, Optional.empty());
            // Read blind, no reverse card of a label of several words was kept (0 of 8: "Brand Moat", "Launching Funds",
            // "Vary your style"): such a label names a point of the note, and the reader cannot be asked to word it so
            boolean oneTerm = !term.strip().contains(" ") || java.util.Arrays.stream(Regex.split(term.strip(), "\\s+"))
                    .anyMatch(NoteContext::hasInnerCapitalOrDigit); // "GPT-4 Turbo"; not "Low-Cost Provider"
            if (defined && oneTerm && standing.isPresent() && !Referents.opensWithPronoun(description) && description.length() <= LONGEST_REVERSE
                    && !description.contains("$")) {
                cards.add(Candidate.of(CardKind.TERM, i, (person ? "Who is this: “" : "Which term is this: “") + DefinitionCards.upperFirst(standing.get()) + "”",
                        term + ": " + description, term, "reverse " + term).withPriority(REVERSE_PRIORITY));
            }
        }
        return cards;
    }

    /**
     * True when a description opens by naming a person's role: "A German technician who claimed…", "An entrepreneur
     * with 19 years of trading", "A 77-year-old former commander of the French Navy". Read blind, "What is Rudolf
     * Schriever?" asked a person as if a thing.
     */
    static boolean describesPerson(String description) {
        return ROLE.matcher(description.strip()).find();
    }

    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile("^(?i:an?|the)\\s+(?:(?!(?i:of|for|to|in|with|by|that|which|who|and|or|on|at|from|used|where)\\b)[\\w'’-]+\\s+){0,4}?(?i:"
            + "technician|naturalist|entrepreneur|expert|commander|founder|co-founder|investor|scientist|researcher|engineer|author|"
            + "writer|journalist|politician|president|ceo|professor|doctor|physician|economist|philosopher|historian|artist|actor|"
            + "actress|singer|musician|bowler|batsman|batter|cricketer|footballer|coach|athlete|activist|banker|trader|"
            + "(?<!major |key |big |leading |dominant |global |important |significant |market )player|"
            + "lawyer|judge|officer|inventor|designer|developer|youtuber|podcaster|analyst|psychologist|psychiatrist|"
            + "neuroscientist|biologist|chemist|physicist|mathematician|billionaire|businessman|businesswoman|executive|"
            + "poet|novelist|filmmaker|comedian|monk|priest|king|queen|emperor|prince|princess|minister|senator|governor|mayor|"
            + "diplomat|soldier|pilot|astronaut|explorer|specialist|surgeon|nutritionist|strategist|chef|"
            + "creator|influencer|speaker|teacher|educator|mentor|consultant|advisor|adviser|venture capitalist|capitalist)s?\\b");

    /** A few words naming a thing: no date, no number alone, no sentence, no generic word. */
    static boolean isTerm(String label) {
        String t = label.strip();
        boolean everydayWord = !t.contains(" ") && dev.cuecards.language.EnglishWords.get().isEveryday(t);
        return !KeyPhrases.isGeneric(t) && !everydayWord && Regex.split(t, "\\s+").length <= LONGEST_TERM && !Regex.matches(t, ".*[.!?:;]$")
                && KeyPhrases.typeOfNumber(t) == null && !Regex.matches(t, ".*\\b(?:1[5-9]|20)\\d{2}\\b.*") && !Regex.matches(t, "(?s).*\\d{1,2}:\\d{2}.*")
                && !Regex.matches(t, "(?i)(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b.*")
                && !NUMBERED_LABEL.matcher(t).matches();
    }

    /** "Example 1", "Step 3", "Case 2": a numbered label orders the note's parts, it names nothing to recall. */
    private static final java.util.regex.Pattern NUMBERED_LABEL = java.util.regex.Pattern.compile("(?i)(?:example|step|case|option"
            + "|part|phase|stage|tip|rule|method|scenario|level|type|figure|chapter|day|week|round|question|lesson|point)\\s+\\d+[a-z]?");

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
