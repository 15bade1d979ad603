package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns headings, callout titles and causal sentences into readable questions. */
final class Questions {

    private static final Pattern IMPORTANCE = Pattern.compile("^(?:The\\s+)?(?:Importance|Significance|Role) of (.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOW_WORKS = Pattern.compile("^How (.+?) (Works|Work|Helps|Operates|Happens)$", Pattern.CASE_INSENSITIVE);
    /** A question a heading can ask of the sentences under it: what something is, how it works, who or which. */
    private static final Pattern ASKS_WHAT = Pattern.compile("^(?:What|How|Who|Which|When|Where)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUXILIARY = Pattern.compile(
            "^((?:[\\w'’$%.-]+\\s+){0,7}?[\\w'’$%.-]+)\\s+(is|are|was|were|can|could|will|would|should|has|have|had|must|may|might)\\s+(.+)$");

    /** Callout titles that name no subject of their own: "What is the key insight?" pins nothing down. */
    private static final java.util.Set<String> BARE_TITLES = java.util.Set.of("insight", "insights", "takeaway", "takeaways", "lesson",
            "lessons", "principle", "point", "rule", "tip", "tips", "note", "notes", "idea", "source", "sources", "summary", "example",
            "warning", "caution", "important", "reminder", "question", "answer", "fact", "quote", "definition", "conclusion",
            "thought", "thoughts", "reflection", "reflections", "message", "observation", "story", "anecdote", "remark", "remarks");

    private Questions() {
    }

    /** A question from a heading or callout title, when its wording allows one. */
    static Optional<String> fromTitle(String title) {
        String t = Regex.replaceAll(title.strip(), "[.:]+$", "");
        if (t.endsWith("?")) {
            // "Why Visualize Data?", "Why Use Vector Databases?", "Is Abolishing It the Answer?" head reasons and
            // arguments given over many lines: the first sentences under them answer nothing (0 of 5 kept, read blind).
            return ASKS_WHAT.matcher(t).find() ? Optional.of(t) : Optional.empty();
        }
        Matcher importance = IMPORTANCE.matcher(t);
        if (importance.matches()) {
            String subject = importance.group(1);
            boolean one = Regex.split(subject, "\\s+").length <= 3 && !Regex.matches(subject, "(?i).*\\b(?:and|or|of|in|for|with)\\b.*");
            boolean plural = Regex.matches(subject, ".*[^s']s");
            return one ? Optional.of("Why " + (plural ? "do " : "does ") + lowerCommonWords(subject) + " matter?") : Optional.empty();
        }
        Matcher how = HOW_WORKS.matcher(t);
        if (how.matches() && !Regex.matches(how.group(1), "(?i)it|this|that|they|these|those")) {
            String verb = Regex.replaceFirst(how.group(2).toLowerCase(Locale.ROOT), "s$", "");
            boolean plural = !how.group(2).toLowerCase(Locale.ROOT).endsWith("s"); // "How Thumbnails Work": "How do thumbnails work?"
            return Optional.of("How " + (plural ? "do " : "does ") + lowerCommonWords(how.group(1)) + " " + verb + "?");
        }
        return Optional.empty();
    }

    /**
     * A question for a callout's title, where its wording makes one. A title turned into "What is the …?" ("Mr
     * Beast's Advice", "Breaking New Ground") or "What are the advantages of …?" was dropped by every blind reader:
     * the callout's first lines are a lead-in and a fragment, not the answer to such a question.
     */
    static Optional<String> forCallout(String title) {
        return fromTitle(title);
    }

    /** "Why …?" for the effect part of a causal sentence: "This story is prevalent" gives "Why is this story prevalent?". */
    static String why(String effect) {
        String clause = Regex.replaceAll(effect.strip(), "[.,;:]+$", "");
        Matcher aux = AUXILIARY.matcher(clause);
        if (aux.matches()) {
            return "Why " + aux.group(2) + " " + lowerFirst(aux.group(1)) + " " + aux.group(3) + "?";
        }
        return "Why is it that " + lowerFirst(clause) + "?";
    }

    /** Lower-cases the words of a title, keeping acronyms, names with inner capitals and the first word's case alone. */
    static String lowerCommonWords(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean keep = word.length() > 1 && word.chars().skip(1).anyMatch(Character::isUpperCase);
            out.append(keep ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    static String lowerFirst(String text) {
        if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        String first = Regex.split(text, "\\s+", 2)[0];
        boolean name = first.chars().skip(1).anyMatch(Character::isUpperCase) || Referents.openingName(text + " ").isPresent()
                && !Referents.opensWithPronoun(text) && !first.equals("The") && !first.equals("A") && !first.equals("An");
        return name ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
