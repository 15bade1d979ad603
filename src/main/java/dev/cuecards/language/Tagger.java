package dev.cuecards.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * English words and their parts of speech, by Apache OpenNLP's Universal Dependencies models (tokenizer and tagger,
 * loaded once from the classpath). The models are shared; OpenNLP's taggers are not thread-safe, so each thread
 * keeps its own.
 *
 * <p>Two choices make tagging about twice as fast as the models' defaults. A run of ASCII letters and digits between
 * spaces is taken as one word without asking the tokenizer (OpenNLP's own "alphanumeric optimisation", which this
 * model was trained without): it keeps "SDK" and "generateText" whole, where the model cut them into "SD" "K" and
 * "generate" "Text". And the tagger keeps one best sequence instead of three; over the 4 million words of a
 * 5,000-note vault both give the same tags, word for word.
 *
 * <p>The tokenizer's cuts of a run depend on that run alone, and the runs it is asked about — a word with its
 * punctuation, "However," "(e.g.," "it's" — come back all through a vault, so each run's cuts are remembered and
 * reused: the same spans as asking again. The memory is shared by all threads and forgotten all at once when it holds
 * more than 100,000 runs, about ten megabytes.
 *
 * <p>The one best sequence is found without OpenNLP's beam search, which for a beam of one still sorts every word's
 * probabilities and copies the sequence so far at each word: the tagger walks the words once, takes the features of
 * each word from the model's own feature generator, given the words and the tags chosen so far as the search gives
 * them, and keeps the first most probable tag, which is the tag the search keeps. It tells the most probable tag by
 * the model's scores alone, skipping the exponentials that turn them into probabilities, when one tag clearly leads.
 * Where the search would decide otherwise (see {@link Greedy}) the sentence goes to OpenNLP's tagger itself.
 */
public final class Tagger {

    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int CACHED_HEADS = 200_000;
    private static final int CACHED_CHUNKS = 100_000;

    private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENIZER));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS, POSTagFormat.UD));
    private static final ThreadLocal<Greedy> GREEDY = ThreadLocal.withInitial(Greedy::new);
    private static final Map<String, String> HEADS = new ConcurrentHashMap<>();
    private static final Map<String, int[]> PIECES = new ConcurrentHashMap<>();
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("vs", "etc", "approx", "cf", "al", "ca", "viz", "esp", "incl",
            "min", "max", "avg", "est", "fig", "no", "vol", "pp", "ed", "eds", "dept", "govt", "st", "mr", "mrs", "ms", "dr", "jr", "sr");

    private Tagger() {
    }

    /**
     * The words of a sentence and their tags. The tokenizer splits some written words ("cloud-" "hosted",
     * "privacy" "-" "first"); pieces written together are joined back into one word, tagged by its last piece when
     * that is a noun and as an adjective when a hyphen joins them, so a word is never cut in half later. A
     * possessive "'s" stays a word of its own.
     */
    public static Tagged tag(String text) {
        Span[] spans = tokens(text);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(text).toString();
        }
        String[] tags = spans.length == 0 ? new String[0] : GREEDY.get().tag(words);
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        String[] joined = new String[spans.length];
        int n = 0;
        for (int i = 0; i < spans.length; i++) {
            if (n > 0 && joins(text, ends[n - 1], spans[i].getStart(), spans[i].getEnd())) {
                ends[n - 1] = spans[i].getEnd();
                joined[n - 1] = joinedTag(text.substring(starts[n - 1], ends[n - 1]), joined[n - 1], tags[i]);
                continue;
            }
            starts[n] = spans[i].getStart();
            ends[n] = spans[i].getEnd();
            joined[n] = tags[i].intern();
            n++;
        }
        return new Tagged(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(joined, n));
    }

    /** The tags of words as given, without the tokenizer: for comparing the tagger with OpenNLP's own. */
    static String[] tagWords(String[] words) {
        return words.length == 0 ? new String[0] : GREEDY.get().tag(words);
    }

    /** Whether the tagger scores words from its own copy of the model's features (see {@link Features}). */
    static boolean scoresWordsOnce() {
        return GREEDY.get().features.sameAsModel;
    }

    /** The tokens of a text: each run between spaces, cut by the tokenizer only where it holds other than letters and digits. */
    private static Span[] tokens(String text) {
        List<Span> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean plain = true;
            while (i < n && !StringUtil.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                plain &= c < 128 && Character.isLetterOrDigit(c);
                i++;
            }
            if (start == i) {
                break;
            }
            if (plain) {
                tokens.add(new Span(start, i));
            } else {
                cutAtDashes(tokens, text, start, i);
            }
        }
        return tokens.toArray(new Span[0]);
    }

    /**
     * The pieces of a run, cut first at each dash written between two letters ("ROI—rather", "Europe–Asia"), which
     * the tokenizer keeps as one word: a gap could then take "ROI—rather" for its answer.
     */
    private static void cutAtDashes(List<Span> tokens, String text, int start, int end) {
        int from = start;
        for (int k = start + 1; k < end - 1; k++) {
            char c = text.charAt(k);
            if ((c == '—' || c == '–') && Character.isLetter(text.charAt(k - 1)) && Character.isLetter(text.charAt(k + 1))) {
                addPieces(tokens, text, from, k);
                tokens.add(new Span(k, k + 1));
                from = k + 1;
            }
        }
        addPieces(tokens, text, from, end);
    }

    private static void addPieces(List<Span> tokens, String text, int start, int end) {
        boolean plain = true;
        for (int k = start; k < end && plain; k++) {
            char c = text.charAt(k);
            plain = c < 128 && Character.isLetterOrDigit(c);
        }
        if (plain) {
            tokens.add(new Span(start, end));
            return;
        }
        if (cutPlainly(tokens, text, start, end)) {
            return;
        }
        int[] pieces = pieces(text.substring(start, end));
        for (int p = 0; p < pieces.length; p += 2) {
            tokens.add(new Span(start + pieces[p], start + pieces[p + 1]));
        }
    }

    /**
     * Cuts a word of ASCII letters and digits from the punctuation around it without the tokenizer, where that is
     * all the run holds: an opening parenthesis before it, and one of {@code , ; : ! ? )} after it — or a full stop
     * after a word of small letters that is no abbreviation ("arrive.", not "vs."). Over vault-5k's 362,630 such
     * runs the tokenizer cut 99.9 % the same way; where it did not, it was wrong ("Air" "bnb", "(" "PI" "N" ")",
     * "concept." kept whole).
     */
    private static boolean cutPlainly(List<Span> tokens, String text, int start, int end) {
        int from = text.charAt(start) == '(' ? start + 1 : start;
        int to = from;
        while (to < end && text.charAt(to) < 128 && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        if (to == from || end - to > 1) {
            return false;
        }
        if (to < end) {
            char after = text.charAt(to);
            boolean stop = after == '.' && from == start && to - from >= 2 && text.substring(from, to).chars().allMatch(c -> c >= 'a' && c <= 'z')
                    && !ABBREVIATIONS.contains(text.substring(from, to));
            if (",;:!?)".indexOf(after) < 0 && !stop) {
                return false;
            }
        }
        if (from > start) {
            tokens.add(new Span(start, from));
        }
        tokens.add(new Span(from, to));
        if (to < end) {
            tokens.add(new Span(to, end));
        }
        return true;
    }

    /** Where the tokenizer cuts a run of characters between spaces, as start and end offsets in it, pairwise; remembered (see the class comment). */
    private static int[] pieces(String chunk) {
        return Remembered.get(PIECES, chunk, CACHED_CHUNKS, Tagger::cut);
    }

    private static int[] cut(String chunk) {
        Span[] spans = TOKENIZER.get().tokenizePos(chunk);
        int[] pieces = new int[2 * spans.length];
        for (int i = 0; i < spans.length; i++) {
            pieces[2 * i] = spans[i].getStart();
            pieces[2 * i + 1] = spans[i].getEnd();
        }
        return pieces;
    }

    /** True when the token at [start, end) is written onto the one ending at {@code previousEnd} as one word. */
    private static boolean joins(String text, int previousEnd, int start, int end) {
        if (start != previousEnd || previousEnd == 0) {
            return false;
        }
        char before = text.charAt(previousEnd - 1);
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        boolean possessive = (first == '\'' || first == '’') && end - start <= 2;
        if (possessive) {
            return false;
        }
        boolean wordBefore = Character.isLetterOrDigit(before);
        boolean wordAfter = Character.isLetterOrDigit(first);
        boolean linkBefore = before == '-' || before == '/' || before == '.';
        boolean linkAfter = (first == '-' || first == '/') && end - start == 1 && end < text.length()
                && Character.isLetterOrDigit(text.charAt(end));
        return wordBefore && wordAfter || linkBefore && wordAfter && previousEnd >= 2 && Character.isLetterOrDigit(text.charAt(previousEnd - 2))
                || wordBefore && linkAfter || wordBefore && last == '-' && end - start > 1;
    }

    private static String joinedTag(String word, String before, String last) {
        if (last.equals("NOUN") || last.equals("PROPN")) {
            return last;
        }
        if (before.equals("PROPN")) {
            return "PROPN";
        }
        return word.contains("-") ? "ADJ" : before;
    }

    /**
     * The dictionary form of a noun, for counting how often a word is used whatever its number: "databases" and
     * "Database" both give "database". Regular English plurals only — "-ies", "-sses", "-xes", "-s" — which is what
     * technical vocabulary mostly has; a word it cannot be sure of stays as it is.
     */
    public static String nounLemma(String word) {
        return Remembered.get(HEADS, word.toLowerCase(Locale.ROOT), CACHED_HEADS, Tagger::singular);
    }

    private static String singular(String lower) {
        if (lower.length() <= 3 || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
            return lower;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower.substring(0, lower.length() - 1);
    }

    /**
     * OpenNLP's beam search with a beam of one, without the search. At each word BeamSearch keeps the tags the
     * validator accepts among those of the highest probability, and goes on from the first of them (its queue keeps
     * equal scores in the order they came); the sequence's score is the sum of the logs of its probabilities, and one
     * that falls to -100,000 is dropped. So where the first most probable tag is accepted and is a number, it is the
     * tag BeamSearch keeps; a sentence where one is not, or long enough to reach that floor, is left to OpenNLP's
     * tagger. The model's tags are Universal Dependencies ones already, which OpenNLP's tagger gives back unconverted.
     *
     * <p>The most probable tag is found without the probabilities. The model's probability of a tag is the
     * exponential of its score — the sum of the parameters of the word's features for that tag, after a prior that is
     * the same for every tag — divided by the sum of all those exponentials: the highest score has the highest
     * probability. The scores here are summed from zero, in the model's order, so they differ from the model's by
     * rounding only; a few dozen parameters under 10 in size make that under 1e-11. A tag that leads all others by
     * more than {@link #LEAD} keeps its lead through the model's exponentials and division; at a word where none
     * does, the model's probabilities themselves decide.
     */
    private static final class Greedy {

        private static final double LEAD = 1e-6;
        /** A score from which exponentials neither overflow nor vanish. */
        private static final double LARGEST_SCORE = 700;
        private static final Object[] NO_CONTEXT = new Object[0];

        private final AbstractModel model = Models.POS.getArtifact("pos.model");
        private final Map<String, Context> parameters = parameters(model);
        private final POSContextGenerator contexts = uncachedContexts(Models.POS.getFactory());
        private final SequenceValidator<String> validator = Models.POS.getFactory().getSequenceValidator();
        private final double[] scores = new double[model.getNumOutcomes()];
        private final Features features = Models.features(model, parameters, contexts);
        /** Fewer words than can bring the log score to BeamSearch's floor: the most probable of n tags has at least 1 / n. */
        private final int longest = (int) (0.99 * -100_000 / Math.log(1.0 / scores.length));

        @SuppressWarnings("unchecked")
        private static Map<String, Context> parameters(AbstractModel model) {
            double[] probs = model.eval(new String[0]);
            if (Arrays.stream(probs).anyMatch(p -> p != probs[0])) {
                throw new IllegalStateException("the tagger's model does not give every tag the same prior");
            }
            return (Map<String, Context>) model.getDataStructures()[1];
        }

        /**
         * The model's own feature generator, without the caches OpenNLP puts before it: they are keyed by the words
         * array and the word's position, and one pass asks each position of a new array once, so they never answer.
         */
        private static POSContextGenerator uncachedContexts(POSTaggerFactory factory) {
            AdaptiveFeatureGenerator features = factory.createFeatureGenerators();
            if (features instanceof CachedFeatureGenerator cached) {
                features = cached.getCachedFeatureGenerator();
            }
            return new ConfigurablePOSContextGenerator(0, features);
        }

        String[] tag(String[] words) {
            if (words.length > longest) {
                return TAGGER.get().tag(words);
            }
            String[] tags = new String[words.length];
            int[] outcomes = new int[words.length];
            Features.Sentence sentence = features.sameAsModel ? features.sentence(words) : null;
            for (int i = 0; i < words.length; i++) {
                int best;
                if (sentence != null) {
                    sentence.score(i, outcomes, scores);
                    best = leading(scores);
                } else {
                    best = leading(score(contexts.getContext(i, words, Arrays.copyOf(tags, i), NO_CONTEXT)));
                }
                if (best < 0) {
                    best = mostProbable(contexts.getContext(i, words, Arrays.copyOf(tags, i), NO_CONTEXT));
                }
                // the validator is given the tags so far: those before i are the ones chosen, as a copy would hold
                if (best < 0 || !validator.validSequence(i, words, tags, model.getOutcome(best))) {
                    return TAGGER.get().tag(words);
                }
                tags[i] = model.getOutcome(best);
                outcomes[i] = best;
            }
            return tags;
        }

        /** The scores of the tags for a word's features, summed from zero in the model's order. */
        private double[] score(String[] context) {
            Arrays.fill(scores, 0);
            for (String feature : context) {
                Features.add(parameters.get(feature), scores);
            }
            return scores;
        }

        /** The tag whose score leads all others by more than {@link #LEAD}, or -1 when none does. */
        private static int leading(double[] scores) {
            int best = 0;
            double second = Double.NEGATIVE_INFINITY;
            for (int o = 1; o < scores.length; o++) {
                if (scores[o] > scores[best]) {
                    second = scores[best];
                    best = o;
                } else {
                    second = Math.max(second, scores[o]);
                }
            }
            return scores[best] - second > LEAD && Math.abs(scores[best]) < LARGEST_SCORE ? best : -1;
        }

        /** The first tag of the highest probability by the model, or -1 when a probability is not a number. */
        private int mostProbable(String[] context) {
            double[] probs = model.eval(context);
            int best = 0;
            for (int o = 0; o < probs.length; o++) {
                if (Double.isNaN(probs[o])) {
                    return -1;
                }
                if (probs[o] > probs[best]) {
                    best = o;
                }
            }
            return best;
        }
    }

    /** The models, read on first use. */
    private static final class Models {
        static final TokenizerModel TOKENIZER = load(Tagger.TOKENS, TokenizerModel::new);
        static final POSModel POS = greedy(load(Tagger.POS, POSModel::new));
        private static volatile Features features;

        /** The one {@link Features} of the model, shared by the threads' taggers so that they share its words. */
        static Features features(AbstractModel model, Map<String, Context> parameters, POSContextGenerator generator) {
            Features shared = features;
            if (shared == null) {
                synchronized (Models.class) {
                    if (features == null) {
                        features = new Features(model, parameters, generator);
                    }
                    shared = features;
                }
            }
            return shared;
        }

        /** The same tagger keeping one best sequence: see the class comment. */
        private static POSModel greedy(POSModel model) {
            MaxentModel maxent = model.getArtifact("pos.model");
            return new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory());
        }

        private interface Reader<T> {
            T read(InputStream in) throws IOException;
        }

        private static <T> T load(String resource, Reader<T> reader) {
            try (InputStream in = Tagger.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the language model " + resource + " is not on the classpath");
                }
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language model " + resource, e);
            }
        }
    }
}
