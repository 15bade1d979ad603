package dev.cuecards.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tagger's own sums of the model's features tag every word as OpenNLP's tagger does. */
class FeaturesTest {

    private static final String[] WORDS = {
        "The", "the", "a", "An", "AWS", "aws", "Amazon's", "cloud-hosted", "ran", "runs", "running", "fast", "quickly",
        "35", "2019", "3.14", "$5", "100%", "1,000s", "e.g.", "(", ")", ",", ".", "?", "!", ":", "—", "\"", "'s",
        "didn't", "it", "It", "is", "was", "were", "and", "or", "but", "of", "in", "to", "for", "with", "on", "at",
        "Ünïcode", "İstanbul", "Straße", "naïve", "café", "🙂", "x2", "R2-D2", "SDK", "generateText", "GPU",
        "Nvidia", "model", "models", "training", "data", "database", "SQLite", "WAL", "write", "writes", "fox",
        "Quick-Brown", "I", "you", "they", "them", "their", "this", "These", "that", "which", "who", "why", "how",
        "can", "could", "should", "not", "never", "very", "more", "most", "best", "first", "second", "one", "two",
    };

    private static POSTaggerME opennlp;

    @BeforeAll
    static void openNlpsOwnTaggerWithOneSequence() throws IOException {
        try (InputStream in = Tagger.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            POSModel model = new POSModel(in);
            MaxentModel maxent = model.getArtifact("pos.model");
            opennlp = new POSTaggerME(new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory()), POSTagFormat.UD);
        }
    }

    @Test
    void the_shipped_model_reads_the_features_built_here() {
        assertThat(Tagger.scoresWordsOnce()).isTrue();
    }

    @Test
    void random_sentences_of_all_lengths_get_opennlps_tags_word_for_word() {
        Random random = new Random(20261206);
        for (int n = 0; n < 3_000; n++) {
            String[] sentence = new String[1 + random.nextInt(n % 10 == 0 ? 60 : 12)];
            for (int i = 0; i < sentence.length; i++) {
                sentence[i] = WORDS[random.nextInt(WORDS.length)];
            }

            assertThat(Tagger.tagWords(sentence)).as(String.join(" ", sentence)).containsExactly(opennlp.tag(sentence));
        }
    }

    @Test
    void a_word_seen_in_one_sentence_is_scored_afresh_where_it_stands_in_the_next() {
        String[] first = "Amazon's data runs fast".split(" ");
        String[] second = "They data the Amazon's".split(" ");

        Tagger.tagWords(first);

        assertThat(Tagger.tagWords(second)).containsExactly(opennlp.tag(second));
        assertThat(Tagger.tagWords(first)).containsExactly(opennlp.tag(first));
    }
}
