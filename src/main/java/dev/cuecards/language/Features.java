package dev.cuecards.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The tagger's scores of a word where it stands, from the features the model's generator gives it, summed once per
 * word of the vault instead of once per place it stands.
 *
 * <p>The model reads a fixed list of features: the word itself (its first and last one to four characters, the
 * word in lower case, its class of characters — "lc", "ic", "2d" —, the word with its class), the two words before
 * and after it in lower case, whether it is one of the sentence's first three words, and the tags of the one or two
 * words before it. Only the last two depend on where the word stands; the rest belong to the word and its neighbours.
 * So each word keeps the summed parameters of its own features and the parameters of its features as a neighbour,
 * and a word's scores are those of its own plus at most eight more, without building a feature's text. The scores
 * differ from the model's by the order of summing only: by rounding.
 *
 * <p>The list is the one this model was trained with. When the model is given, its generator is asked for the
 * features of a few sentences and compared with the ones built here; if they differ (another model, another
 * generator), {@link #sameAsModel} is false and the tagger asks the generator for every word, as before.
 *
 * <p>The words are remembered for all threads and forgotten all at once past {@value #CACHED_WORDS}, about
 * thirteen megabytes; the commonest words are back within a few sentences.
 */
final class Features {

    private static final int CACHED_WORDS = 30_000;
    private static final int AFFIX = 4;
    private static final String[] PROBES = {
        "The Quick-Brown fox ran 35 miles in 2019 , didn't it ?",
        "Ünïcode İstanbul Straße naïve café 🙂 x2 R2-D2 3.14 $5 100% A.B.C. e.g. AWS's",
        "Yes",
        "Go now",
        "Why ? Because the API (v2) returns JSON: {\"ok\": true} — and 1,000s of users rely on it .",
    };

    /** Whether the features built here are the model's own, checked on {@link #PROBES}. */
    final boolean sameAsModel;
    private final Map<String, Context> parameters;
    private final int outcomes;
    private final Context first;
    private final Context second;
    private final Context third;
    private final Context[] tagBefore;
    private final Context[][] tagsBefore;
    private final Map<String, Word> words = new ConcurrentHashMap<>();

    /**
     * A word's summed parameters for its own features, and its parameters as the word one or two before or after the
     * scored one (null where the model has none).
     */
    private record Word(double[] own, Context before, Context twoBefore, Context after, Context twoAfter) {
    }

    Features(AbstractModel model, Map<String, Context> parameters, POSContextGenerator generator) {
        this.parameters = parameters;
        this.outcomes = model.getNumOutcomes();
        this.first = parameters.get("S=begin");
        this.second = parameters.get("p1S=begin");
        this.third = parameters.get("p2S=begin");
        this.tagBefore = new Context[outcomes];
        this.tagsBefore = new Context[outcomes][outcomes];
        for (int a = 0; a < outcomes; a++) {
            tagBefore[a] = parameters.get(tagFeature(model.getOutcome(a)));
            for (int b = 0; b < outcomes; b++) {
                tagsBefore[a][b] = parameters.get(tagsFeature(model.getOutcome(a), model.getOutcome(b)));
            }
        }
        this.sameAsModel = agrees(model, generator);
    }

    /** The sentence's words, each looked up once, ready to be scored in turn. */
    Sentence sentence(String[] words) {
        return new Sentence(words);
    }

    /** The words of one sentence and what is known of them. */
    final class Sentence {
        private final String[] words;
        private final Word[] known;

        private Sentence(String[] words) {
            this.words = words;
            this.known = new Word[words.length];
        }

        /** The scores of the tags for the word at {@code i}, written into {@code scores}, given the tags before it. */
        void score(int i, int[] tags, double[] scores) {
            System.arraycopy(word(i).own, 0, scores, 0, outcomes);
            if (i >= 1) {
                add(word(i - 1).before, scores);
                add(tagBefore[tags[i - 1]], scores);
            }
            if (i >= 2) {
                add(word(i - 2).twoBefore, scores);
                add(tagsBefore[tags[i - 2]][tags[i - 1]], scores);
            }
            if (i + 1 < words.length) {
                add(word(i + 1).after, scores);
            }
            if (i + 2 < words.length) {
                add(word(i + 2).twoAfter, scores);
            }
            add(i == 0 ? first : i == 1 ? second : i == 2 ? third : null, scores);
        }

        private Word word(int i) {
            Word word = known[i];
            if (word == null) {
                word = remembered(words[i]);
                known[i] = word;
            }
            return word;
        }
    }

    static void add(Context weights, double[] scores) {
        if (weights == null) {
            return;
        }
        int[] outcomes = weights.getOutcomes();
        double[] values = weights.getParameters();
        for (int j = 0; j < outcomes.length; j++) {
            scores[outcomes[j]] += values[j];
        }
    }

    private Word remembered(String text) {
        return Remembered.get(words, text, CACHED_WORDS, this::describe);
    }

    private Word describe(String word) {
        double[] own = new double[outcomes];
        for (String feature : ownFeatures(word)) {
            add(parameters.get(feature), own);
        }
        return new Word(own, parameters.get(neighbourFeature("p1", word)), parameters.get(neighbourFeature("p2", word)),
                parameters.get(neighbourFeature("n1", word)), parameters.get(neighbourFeature("n2", word)));
    }

    private static List<String> ownFeatures(String word) {
        List<String> features = new ArrayList<>(16);
        features.add("def");
        for (int n = 1; n <= Math.min(AFFIX, word.length()); n++) {
            features.add("suf=" + word.substring(word.length() - n));
        }
        for (int n = 1; n <= Math.min(AFFIX, word.length()); n++) {
            features.add("pre=" + word.substring(0, n));
        }
        String lower = StringUtil.toLowerCase(word);
        String kind = FeatureGeneratorUtil.tokenFeature(word);
        features.add("w=" + lower);
        features.add("wc=" + kind);
        features.add("w&c=" + lower + "," + kind);
        return features;
    }

    private static String neighbourFeature(String place, String word) {
        return place + "w=" + StringUtil.toLowerCase(word);
    }

    private static String tagFeature(String before) {
        return "t=" + before;
    }

    private static String tagsFeature(String twoBefore, String before) {
        return "t2=" + twoBefore + "," + before;
    }

    /** The features of the word at {@code i} as built here, in any order. */
    private static List<String> features(int i, String[] sentence, String[] tags) {
        List<String> features = ownFeatures(sentence[i]);
        String[] places = {"p2", "p1", null, "n1", "n2"};
        for (int d = -2; d <= 2; d++) {
            if (d != 0 && i + d >= 0 && i + d < sentence.length) {
                features.add(neighbourFeature(places[d + 2], sentence[i + d]));
            }
        }
        if (i <= 2) {
            features.add(i == 0 ? "S=begin" : "p" + i + "S=begin");
        }
        if (i >= 1) {
            features.add(tagFeature(tags[i - 1]));
        }
        if (i >= 2) {
            features.add(tagsFeature(tags[i - 2], tags[i - 1]));
        }
        return features;
    }

    /** True when the generator gives each word of the probes, after any tags, the features built here. */
    private static boolean agrees(AbstractModel model, POSContextGenerator generator) {
        for (String probe : PROBES) {
            String[] sentence = probe.split(" ");
            String[] tags = new String[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                tags[i] = model.getOutcome((i * 7 + probe.length()) % model.getNumOutcomes());
            }
            for (int i = 0; i < sentence.length; i++) {
                String[] theirs = generator.getContext(i, sentence, Arrays.copyOf(tags, i), new Object[0]);
                String[] ours = features(i, sentence, tags).toArray(new String[0]);
                Arrays.sort(theirs);
                Arrays.sort(ours);
                if (!Arrays.equals(theirs, ours)) {
                    return false;
                }
            }
        }
        return true;
    }
}
