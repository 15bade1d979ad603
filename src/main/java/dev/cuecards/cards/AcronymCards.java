package dev.cuecards.cards;

import dev.cuecards.language.Regex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronym cards from "Long Name (LN)", "LN (Long Name)" or "LN stands for Long Name": "What does LN stand for?".
 * The long name must spell the acronym, so "Q4 (the holiday season)" is no acronym.
 */
final class AcronymCards {

    private static final Pattern LONG_THEN_SHORT = Pattern.compile("((?:[\\p{L}][\\p{L}'-]*\\s+){1,8})\\(([A-Z][A-Za-z0-9]{1,7})\\)");
    private static final Pattern SHORT_THEN_LONG = Pattern.compile("\\b([A-Z][A-Z0-9]{1,7}s?)\\s+\\(([^()]{3,80})\\)");
    /** What {@link #LONG_THEN_SHORT} needs somewhere in the text: found first, it spares that pattern's word-by-word search. */
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\([A-Z][A-Za-z0-9]{1,7}\\)");
    private static final Pattern STANDS_FOR = Pattern.compile("\\b([A-Z][A-Z0-9]{1,7})\\s+stands for\\s+([^,.;]{3,80})");
    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "and", "the", "to", "in", "on", "a", "an", "&");

    /** Channels of the measured vault writing a long name out, from which its expansion is known. */
    private static final int SAID_ELSEWHERE = 2;

    private AcronymCards() {
    }

    record Expansion(String acronym, String longName) {
    }

    static List<Candidate> write(NoteContext note) {
        List<Candidate> cards = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < note.claims().size(); i++) {
            for (Expansion expansion : find(note.claim(i).text())) {
                // A long name that other channels of the measured vault also write out ("large language models",
                // "annual percentage rate") is an expansion their viewers know; read blind, none such was kept (0 of 12).
                boolean known = dev.cuecards.language.EnglishWords.get().isEverydayAcronym(expansion.acronym(), expansion.longName())
                        || dev.cuecards.language.CommonNouns.get().channelsSaying(expansion.longName()) >= SAID_ELSEWHERE;
                if (seen.add(expansion.acronym().toUpperCase(Locale.ROOT)) && !known) {
                    // The claim follows on the back when it reads as a sentence; "Only leukemia that can cause DIC."
                    // and "…are not office-friendly due to several factors:" would end the answer on a fragment.
                    String claim = note.claim(i).text();
                    boolean sentence = Regex.matches(claim, "(?s).*[.!?][\"”'’)]*$") && !note.tagged(claim).lacksMainVerb();
                    cards.add(Candidate.of(CardKind.ACRONYM, i, "What does " + expansion.acronym() + " stand for?",
                            expansion.acronym() + " stands for " + expansion.longName() + "." + (sentence ? " " + claim : ""),
                            expansion.longName(), expansion.acronym()));
                }
            }
        }
        return cards;
    }

    static List<Expansion> find(String text) {
        List<Expansion> found = new ArrayList<>();
        boolean bracketed = text.indexOf('(') >= 0;
        if (!bracketed && !text.contains("stands for")) {
            return found;
        }
        Matcher longFirst = LONG_THEN_SHORT.matcher(bracketed && BRACKETED_ACRONYM.matcher(text).find() ? text : "");
        while (longFirst.find()) {
            spelled(longFirst.group(2), longFirst.group(1)).ifPresent(found::add);
        }
        Matcher shortFirst = SHORT_THEN_LONG.matcher(bracketed ? text : "");
        while (shortFirst.find()) {
            spelled(shortFirst.group(1), shortFirst.group(2)).ifPresent(found::add);
        }
        Matcher standsFor = STANDS_FOR.matcher(text.contains("stands for") ? text : "");
        while (standsFor.find()) {
            spelled(standsFor.group(1), standsFor.group(2)).ifPresent(found::add);
        }
        return found;
    }

    /** The shortest tail of the words before the acronym whose initials spell it, if any. */
    static Optional<Expansion> spelled(String acronym, String words) {
        String letters = Regex.replaceAll(Regex.replaceFirst(acronym, "s$", "").toLowerCase(Locale.ROOT), "[^a-z0-9]", "");
        if (letters.length() < 2) {
            return Optional.empty();
        }
        String[] all = Regex.split(words.strip(), "\\s+");
        for (int from = all.length - 1; from >= 0; from--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(all, from, all.length));
            if (initials(candidate).equals(letters)) {
                return Optional.of(new Expansion(acronym, candidate));
            }
        }
        return Optional.empty();
    }

    /** The first letters of a name's words, small words (of, for, and, the…) left out. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : Regex.split(name, "[\\s\\-–—]+")) {
            String w = Regex.replaceAll(word, "[^\\p{L}\\p{N}]", "");
            if (!w.isEmpty() && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return out.toString();
    }
}
