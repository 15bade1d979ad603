package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a sentence stand alone as a card front. "It sits between..." takes the name it refers to when that is the
 * previous sentence's subject; "This chip became..." and a sentence whose pronoun cannot be resolved are not
 * fronts on their own (the card shows the sentence before them).
 */
final class Referents {

    private static final Pattern DEMONSTRATIVE = Pattern.compile("^(This|That|These|Those)\\s+(\\S+)(.*)$", Pattern.DOTALL);
    private static final Pattern EXPLETIVE = Pattern.compile("^It(?:'s| is| was| has been| can be| will be) (?:\\w+ ){0,2}?(?:\\w+) (?:to|that) ");
    private static final Pattern PERSONAL = Pattern.compile("^(It|They|He|She|Its|Their|His|Her)\\b(.*)$", Pattern.DOTALL);
    /**
     * A pronoun after an opening phrase ("Within months, it sold…", "In 2019, they…"; not after a clause, whose
     * subject it mostly is: "When the ship returned, its owner…"; "he" and "she" need a person named before them,
     * which the cloze writer asks for), a phrase pointing back
     * ("Following this, markets…", "Despite that, …") or a condition whose subject is left out ("If unavailable, …"):
     * each needs the sentence before it as much as a sentence opening with "It".
     */
    private static final Pattern INTRODUCED = Pattern.compile(
            "^(?:(?!(?:If|When|Whenever|While|Once|After|Before|Because|Although|Though|Since|As|Unless|Until|Whether|Where)\\b)"
            + "[A-Z][\\w'’-]*(?:\\s+[\\w'’$%.-]+){0,5},\\s+(?:it|they|its|their|this|these)\\b(?!\\s+(?:is|was)\\s+\\w+\\s+(?:to|that)\\b)"
            + "|(?:Following|After|Before|Despite|Given|Because of|Due to|As a result of|In response to|In addition to|Besides|Beyond|Unlike|Like"
            + "|Without|With|Through|From|Building on|Based on)\\s+(?:this|that|these|those|it|them)\\b"
            + "|If (?:unavailable|available|not|so|needed|necessary|possible|successful|true|left unchecked)\\b)");
    private static final Set<String> PRONOUN_STARTS = Set.of("this", "that", "these", "those", "it", "they", "he", "she",
            "its", "their", "his", "her", "them", "such");

    private Referents() {
    }

    /**
     * The sentence made to stand alone, or empty when it opens with a pronoun whose referent is unknown.
     *
     * @param subject what "it" or "they" most likely means here (a list item's term, the name the sentence before
     *                opened with)
     */
    static Optional<String> standAlone(String sentence, Optional<String> subject) {
        if (EXPLETIVE.matcher(sentence).find()) {
            return Optional.of(sentence);
        }
        if (DEMONSTRATIVE.matcher(sentence).matches() || INTRODUCED.matcher(sentence).find()) {
            // "This shift…", "These events…", "Following this, …": what is meant is said in the sentence before, which
            // is shown instead.
            return Optional.empty();
        }
        Matcher personal = PERSONAL.matcher(sentence);
        if (personal.matches()) {
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            boolean possessive = Regex.matches(personal.group(1), "Its|Their|His|Her");
            // A subject written "Asano's known for…", "OceanGate's been diving…" is the name and a short "is"/"has":
            // "His team" is "Asano's team", "They began" is "OceanGate began".
            String who = Regex.replaceFirst(subject.get(), "['’]s$", "");
            return Optional.of(who + (possessive ? "'s" : "") + personal.group(2));
        }
        return Optional.of(sentence);
    }

    /** True when the text opens with a pronoun that needs a referent ("It is crucial to..." does not). */
    static boolean opensWithUnresolvedPronoun(String text) {
        return opensWithPronoun(text) && !EXPLETIVE.matcher(text.strip()).find() || INTRODUCED.matcher(text.strip()).find();
    }

    /** True when the text opens with a pronoun. */
    static boolean opensWithPronoun(String text) {
        String first = Regex.replaceAll(Regex.split(text.strip(), "[\\s,]+", 2)[0], "[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return PRONOUN_STARTS.contains(first);
    }

    /** The name a sentence opens with, for the sentence after it: "AGUI is a new protocol" gives "AGUI". */
    static Optional<String> openingName(String sentence) {
        Matcher m = Regex.of("^(?:The\\s+)?((?:[A-Z][\\w'-]*[A-Z][\\w'-]*|[A-Z][\\w'-]+)(?:\\s+[A-Z][\\w'-]+){0,3})\\s").matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1);
        boolean looksNamed = name.contains(" ") || name.chars().skip(1).anyMatch(Character::isUpperCase) || !isCommonWord(name);
        return looksNamed && !PRONOUN_STARTS.contains(name.toLowerCase(Locale.ROOT)) ? Optional.of(name) : Optional.empty();
    }

    /**
     * True for a capitalised word that opens sentences rather than names a thing: a function word, a quantifier,
     * and any word shaped as a participle or an adverb ("Having missed the era, IBM…", "Developed by…",
     * "Currently…"), which would otherwise stand for "they" as "Having".
     */
    private static boolean isCommonWord(String word) {
        if (Regex.matches(word, "[A-Z][a-z]+(?:ing|ed|ly)")) {
            return true;
        }
        return Set.of("The", "A", "An", "While", "When", "However", "Although", "Because", "Since", "Once", "Despite", "Unlike", "Before",
                "After", "During", "For", "In", "On", "At", "By", "As", "If", "To", "With", "From", "Other", "Most", "Many",
                "Some", "Each", "Every", "Both", "Essentially", "Therefore", "Thus", "Furthermore", "Additionally", "Finally",
                "First", "Second", "Third", "Then", "There", "Here", "Even", "Only", "All", "Such", "Proper", "Efficient",
                "Customers", "Times", "Modern", "Algorithms", "Critics", "Proponents", "Miners", "Servers", "Due", "Like",
                "Consider", "Focus", "Aim").contains(word);
    }
}
