package dev.cuecards.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Words cut by the tokenizer come out the same, with the same tags, however often their runs have been seen. */
class TaggerTest {

    private static final String CLOUD = "However, the cloud-hosted service (AWS) isn't cheap, is it?";

    @Test
    void a_sentence_of_punctuated_words_is_tagged_the_same_the_first_time_and_again() {
        String first = words(Tagger.tag(CLOUD));

        assertThat(first).isEqualTo("However/ADV ,/PUNCT the/DET cloud-hosted/ADJ service/NOUN (/PUNCT AWS/PROPN )/PUNCT isn't/PUNCT"
                + " cheap/ADJ ,/PUNCT is/AUX it/PRON ?/PUNCT");
        assertThat(words(Tagger.tag(CLOUD))).isEqualTo(first);
    }

    @Test
    void a_run_seen_before_is_cut_the_same_wherever_it_comes_again() {
        Tagger.tag(CLOUD);

        Tagged again = Tagger.tag("It works. However, it's the user's choice: pay-as-you-go (e.g., per request).");

        assertThat(words(again)).isEqualTo("It/PRON works/VERB ./PUNCT However/ADV ,/PUNCT it's/PRON+AUX the/DET user's/NOUN+PART"
                + " choice/NOUN :/PUNCT pay/VERB -as-you-go/ADJ (/PUNCT e.g./ADV ,/PUNCT per/ADP request/NOUN )/PUNCT ./PUNCT");
        assertThat(again.start(3)).isEqualTo(10);
        assertThat(again.end(4)).isEqualTo(18);
    }

    @Test
    void a_dash_between_two_words_stands_apart_from_both() {
        Tagged dashed = Tagger.tag("It saves time and provides ROI—rather than details, over the 2010–2015 period.");

        assertThat(words(dashed)).contains("ROI/", "—/", "rather/").doesNotContain("ROI—rather").contains("2010–2015/");
    }

    @Test
    void a_word_is_cut_from_its_plain_punctuation_whole_and_an_abbreviation_keeps_its_stop() {
        Tagged cut = Tagger.tag("Guests enter a (PIN) code, book on Airbnb, and grasp the concept. Rust vs. Go");

        assertThat(words(cut)).contains("(/", "PIN/", ")/", "Airbnb/", "concept/", "vs./").doesNotContain("PI/", "concept./");
    }

    private static String words(Tagged tagged) {
        return IntStream.range(0, tagged.size()).mapToObj(i -> tagged.word(i) + "/" + tagged.tag(i)).collect(Collectors.joining(" "));
    }
}
