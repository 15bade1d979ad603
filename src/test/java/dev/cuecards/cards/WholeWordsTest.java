package dev.cuecards.cards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.language.Chars;
import dev.cuecards.language.Tagger;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gap, the normalised words and the whole-word search are written out by hand for speed; on random text made of
 * the characters that matter (letters of three scripts and cases, digits, joiners, spaces) they give exactly what the
 * regular expressions they replace give. A letter outside the basic plane ("𝔸") is read as the letter it is, where the
 * regular expressions' look-behind saw half of it.
 */
class WholeWordsTest {

    private static final String[] PIECES = {"a", "A", "b", "é", "É", "1", "_", ".", "'", "’", "-", "/", "@", "+", " ", " ", ",",
        "node", "Node", "js", "O", "Reilly", "²", "ж"};

    @Test
    void gaps_are_the_whole_words_the_regular_expression_finds() {
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            String text = random(random, 1 + random.nextInt(14));
            String phrase = random(random, 1 + random.nextInt(3)).strip();
            if (phrase.isEmpty()) {
                continue;
            }
            assertThat(ClozeCards.gapped(text, phrase)).as("gap of «%s» in «%s»", phrase, text).isEqualTo(gappedByRegex(text, phrase));
        }
        assertThat(ClozeCards.gapped("Tim O'Reilly and Node.js and node", "node")).isEqualTo("Tim O'Reilly and Node.js and " + ClozeCards.GAP);
        assertThat(ClozeCards.gapped("Tim O'Reilly", "O")).isEqualTo("Tim O'Reilly");
    }

    @Test
    void normalised_words_are_those_the_regular_expression_gives() {
        Random random = new Random(11);
        for (int run = 0; run < 20_000; run++) {
            String text = random(random, random.nextInt(12));
            String byRegex = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            assertThat(Chars.lowerWords(text)).as("«%s»", text).isEqualTo(byRegex);
            String word = random(random, 1 + random.nextInt(2)).replaceAll("[^\\p{L}\\p{N}]", "");
            if (!word.isEmpty()) {
                boolean byPattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
                assertThat(Chars.containsWord(text, word)).as("«%s» in «%s»", word, text).isEqualTo(byPattern);
            }
        }
        assertThat(Chars.lowerWords("Node.js — 2024!")).isEqualTo("node js 2024");
        assertThat(Chars.lowerWords("𝔸-Team")).isEqualTo("𝔸 team");
        assertThat(Chars.containsWord("𝔸Reilly", "Reilly")).isFalse();
        assertThat(ClozeCards.gapped("𝔸@a and a", "a")).isEqualTo("𝔸@a and " + ClozeCards.GAP);
    }

    @Test
    void a_word_of_letters_and_digits_is_never_cut() {
        assertThat(words(Tagger.tag("The AI SDK calls generateText twice."))).containsExactly("The", "AI", "SDK", "calls", "generateText", "twice", ".");
        assertThat(words(Tagger.tag("It (AWS) isn't cheap, is it?"))).containsExactly("It", "(", "AWS", ")", "isn't", "cheap", ",", "is", "it", "?");
    }

    private static java.util.List<String> words(dev.cuecards.language.Tagged tagged) {
        return java.util.stream.IntStream.range(0, tagged.size()).mapToObj(tagged::word).toList();
    }

    private static String random(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** The rule as it was first written: a whole word, its first letter in either case, never part of a written word. */
    private static String gappedByRegex(String text, String phrase) {
        String rest = Pattern.quote(phrase.substring(1));
        String first = Pattern.quote(phrase.substring(0, 1).toLowerCase(java.util.Locale.ROOT)) + "|"
                + Pattern.quote(phrase.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}][.'’\\-/@+])(?:" + first + ")" + rest
                + "(?![\\p{L}\\p{N}_])(?![.'’\\-/@+][\\p{L}\\p{N}])").matcher(text);
        return m.replaceAll(Matcher.quoteReplacement(ClozeCards.GAP));
    }
}
