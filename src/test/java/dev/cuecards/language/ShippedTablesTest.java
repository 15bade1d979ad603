package dev.cuecards.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped tables say what a reader would: everyday words and names apart from the terms worth asking. */
class ShippedTablesTest {

    @Test
    void everyday_spoken_words_are_told_from_technical_ones_plurals_included() {
        EnglishWords english = EnglishWords.get();

        assertThat(english.isEveryday("career")).isTrue();
        assertThat(english.isEveryday("meals")).isTrue();
        assertThat(english.isEveryday("Ticket")).isTrue();
        assertThat(english.isEveryday("agar")).isFalse();
        assertThat(english.isEveryday("toxicity")).isFalse();
        assertThat(english.zipf("nonexistentword")).isZero();
    }

    @Test
    void nouns_names_and_pairs_the_notes_use_everywhere_are_known() {
        CommonNouns common = CommonNouns.get();

        assertThat(common.isEveryday("model")).isTrue();
        assertThat(common.isEveryday("lithography")).isFalse();
        assertThat(common.rarity("foundry")).isEqualTo(2);
        assertThat(common.notesWriting("income", "sources")).isGreaterThanOrEqualTo(8);
        assertThat(common.notesWriting("cosine", "similarity")).isLessThan(common.notesWriting("venture", "capital"));
        assertThat(common.isEverydayName("Google")).isTrue();
        assertThat(common.isEverydayName("AIs")).isTrue();
        assertThat(common.isEverydayName("TensorFlow")).isFalse();
    }
}
