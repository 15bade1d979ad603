package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import dev.cuecards.language.Tagged;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definition cards from copular claims about a named thing: "A transformer is a specific type of neural network"
 * asks "What is a transformer?".
 */
final class DefinitionCards {

    private static final Pattern COPULA = Pattern.compile(
            "^((?:(?:The|A|An)\\s+)?[\\w$’'&().+-]+(?:\\s+[\\w$’'&().+-]+){0,4}?)\\s+(is|are|was|were|refers to|refer to|means|stands for)\\s+"
                    + "((?:a|an|the|one of|another|any|essentially a|essentially an)\\s+.+)$"
                    + "|^((?:(?:The|A|An)\\s+)?[\\w$’'&().+-]+(?:\\s+[\\w$’'&().+-]+){0,4}?)\\s+(is defined as|are defined as|can be defined as)\\s+(.{8,})$");

    /**
     * A predicate that ranks or praises its subject says where it stands, not what it is: "Labor trafficking is the
     * second-largest criminal enterprise", "India is a global powerhouse in semiconductor design", "Specificity is the
     * most crucial principle", "The Galaxy Fold is a prominent example of…". Read blind, none was kept as an answer to
     * "What is X?".
     */
    private static final Pattern RANKS_OR_PRAISES = Pattern.compile("^(?:(?:the|one of the)\\s+(?:most|least|best|worst|only|main|"
            + "first|second|third|last|top|leading|greatest|biggest|largest|[\\w-]*est|[\\w-]+-(?:largest|biggest|most|best))\\b"
            + "|(?:a|an)\\s+(?:key|major|crucial|critical|important|prominent|notable|significant|great|global|leading|popular|powerful|"
            + "prime|perfect|classic|good|famous|well-known)\\b)|\\bexample of\\b");
    private static final java.util.Set<String> NOT_SUBJECTS = java.util.Set.of("there", "here", "one", "each", "some", "many",
            "most", "such", "what", "which", "another", "other", "all", "both", "any", "every", "no", "none", "nothing", "everything",
            "if", "when", "while", "where", "although", "because", "since", "once", "unless", "whether", "how", "why");

    /** "Dr. Dale Bredesen", "Prof. Hinton": a person by the title before the name. */
    private static final Pattern TITLED = Pattern.compile("^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady)\\.?\\s+[\\p{Lu}]");

    private DefinitionCards() {
    }

    static List<Candidate> write(NoteContext note) {
        List<Candidate> cards = new ArrayList<>();
        for (int i = 0; i < note.claims().size(); i++) {
            String text = note.claim(i).text();
            Matcher m = COPULA.matcher(Regex.replaceFirst(text, "\\.$", ""));
            if (!m.matches()) {
                continue;
            }
            boolean defined = m.group(1) == null;
            String subject = defined ? m.group(4) : m.group(1);
            int subjectStart = defined ? m.start(4) : m.start(1);
            if (!isNamed(subject, note.claim(i).boldTerms(), note.claim(i).linkTexts())
                    || holdsAClause(note.tagged(text), subjectStart, subjectStart + subject.length())) {
                continue;
            }
            String verb = defined ? "defined" : m.group(2);
            String answer = defined ? m.group(6) : m.group(3);
            if (!defined && RANKS_OR_PRAISES.matcher(answer).find()) {
                continue;
            }
            String front = switch (verb) {
                case "defined" -> (m.group(5).startsWith("are") ? "How are " : "How is ") + article(subject) + " defined?";
                case "refers to", "refer to" -> "What does " + article(subject) + " refer to?";
                case "means" -> "What does " + article(subject) + " mean?";
                case "stands for" -> "What does " + article(subject) + " stand for?";
                case "are", "were" -> "What are " + article(subject) + "?";
                default -> (TermCards.describesPerson(answer) || TITLED.matcher(subject).find() ? "Who is " : "What is ") + article(subject) + "?";
            };
            cards.add(Candidate.of(CardKind.DEFINITION, i, front, text, upperFirst(answer), subject));
        }
        return cards;
    }

    /**
     * True when the words from {@code start} to {@code end} hold a verb or a clause rather than name a thing: "Nielsen
     * data indicates that YouTube" (of "… that YouTube is the largest …") is no term, nor is "Vanderbilt's legacy".
     */
    static boolean holdsAClause(Tagged sentence, int start, int end) {
        for (int k = 0; k < sentence.size(); k++) {
            if (sentence.start(k) < start || sentence.end(k) > end) {
                continue;
            }
            String word = sentence.word(k);
            // a finite verb: "learning" or "supervised" in a term's name are not ("gradient boosting")
            boolean finite = Character.isLowerCase(word.charAt(0)) && sentence.isVerb(k) && !Regex.matches(word, ".*(?:ing|ed|en)");
            if (finite || sentence.tag(k).equals("SCONJ") || Regex.matches(word, "(?i)that|which|who|whose")
                    || Regex.matches(word, "['’]s?")) {
                return true;
            }
        }
        return false;
    }

    /** A named subject has a capital past its first letter, or is set in bold or linked; pronouns never are. */
    private static boolean isNamed(String subject, List<String> bold, List<String> links) {
        // "Surfacing inaccurate financial information was a major risk" tells of a doing, not of a thing to define
        // "75 cents is the maximum you can spend": an amount is no thing to define
        if (Regex.matches(subject, "(?:The\\s+)?[$€£¥₹]?\\d.*") || Referents.opensWithPronoun(subject) || Regex.matches(subject, ".*\\p{L}['’]s?(?:\\s.*)?") || Regex.split(subject, "\\s+").length > 5 || Regex.matches(subject, "(?:The\\s+)?\\p{L}+ing\\s.*")) {
            return false;
        }
        String head = Regex.split(Regex.replaceFirst(subject, "^(?:The|A|An)\\s+", ""), "\\s+")[0];
        if (NOT_SUBJECTS.contains(head.toLowerCase(Locale.ROOT)) || Character.isLowerCase(head.charAt(0))
                && bold.stream().noneMatch(subject::contains) && links.stream().noneMatch(subject::contains)) {
            return false;
        }
        String bare = Regex.replaceFirst(subject, "^(?:The|A|An)\\s+", "");
        boolean capital = bare.chars().skip(1).anyMatch(Character::isUpperCase) || Character.isUpperCase(bare.charAt(0))
                && !subject.startsWith("The ") && !subject.startsWith("A ") && !subject.startsWith("An ");
        Optional<String> marked = bold.stream().filter(b -> subject.contains(b)).findFirst()
                .or(() -> links.stream().filter(l -> subject.contains(l)).findFirst());
        // A name ("MongoDB", "Miner Extractable Value") or a term; not a phrase of everyday words ("Interest rates",
        // "Gold", "the breaking new ground") however it is marked.
        boolean name = bare.chars().skip(1).anyMatch(Character::isUpperCase) && !bare.contains(" ") || NoteContext.looksLikeName(bare);
        return (capital || marked.isPresent()) && (name || KeyPhrases.isTermLike(bare, dev.cuecards.language.CommonNouns.get()));
    }

    private static String article(String subject) {
        return Regex.matches(subject, "^(The|A|An)\\s.*") ? Character.toLowerCase(subject.charAt(0)) + subject.substring(1) : subject;
    }

    static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
