package dev.cuecards.language;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.VaultReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the tables of common nouns ({@code language/common-nouns.tsv}) and common compounds
 * ({@code language/common-compounds.tsv}) from a vault: every noun lemma used by at least one claim in five thousand,
 * with how many claims in ten thousand use it, and every pair of nouns written together ("transaction fee") in at
 * least {@value #COMPOUND_NOTES} notes, with how many notes write it; and the proper names one note in a hundred
 * names ({@code language/common-names.tsv}: "google", "china", "ai"), and the proper names one channel in ten
 * names ({@code language/widely-named.tsv}: "mark zuckerberg", "afghanistan", "twitter"), with how many channels.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.cuecards.language.CommonNounsTable VAULT NOUNS COMPOUNDS NAMES WIDELY</pre>
 */
public final class CommonNounsTable {

    private static final double SHARE = 0.0002;
    private static final int COMPOUND_NOTES = 3;
    private static final double NAME_SHARE = 0.01;
    private static final double CHANNEL_SHARE = 0.1;

    public static void main(String[] args) throws IOException {
        List<Note> notes = VaultReader.read(Path.of(args[0])).notes();
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        Map<String, AtomicLong> compounds = new ConcurrentHashMap<>();
        Map<String, AtomicLong> names = new ConcurrentHashMap<>();
        Map<String, Set<String>> channels = new ConcurrentHashMap<>();
        AtomicLong claims = new AtomicLong();
        notes.parallelStream().forEach(note -> {
            Set<String> pairs = new HashSet<>();
            Set<String> named = new HashSet<>();
            for (Claim claim : note.claims()) {
                claims.incrementAndGet();
                Tagged tagged = Tagger.tag(claim.text());
                Set<String> lemmas = new HashSet<>();
                for (int i = 0; i < tagged.size(); i++) {
                    if (tagged.tag(i).equals("NOUN")) {
                        lemmas.add(Tagger.nounLemma(tagged.word(i)));
                    }
                }
                lemmas.forEach(l -> counts.computeIfAbsent(l, k -> new AtomicLong()).incrementAndGet());
                named.addAll(CommonNouns.properNames(tagged));
                for (int i = 0; i + 1 < tagged.size(); i++) {
                    boolean written = tagged.tag(i).equals("NOUN") && tagged.tag(i + 1).equals("NOUN") && tagged.end(i) + 1 == tagged.start(i + 1)
                            && tagged.word(i).matches("\\p{L}+") && tagged.word(i + 1).matches("\\p{L}+");
                    if (written) {
                        pairs.add(CommonNouns.compoundKey(tagged.word(i), tagged.word(i + 1)));
                    }
                }
            }
            pairs.forEach(p -> compounds.computeIfAbsent(p, k -> new AtomicLong()).incrementAndGet());
            named.forEach(p -> names.computeIfAbsent(p, k -> new AtomicLong()).incrementAndGet());
            note.channelKey().ifPresent(channel -> named.forEach(p -> channels.computeIfAbsent(p, k -> ConcurrentHashMap.newKeySet()).add(channel)));
        });
        Map<String, Long> kept = new TreeMap<>();
        counts.forEach((lemma, n) -> {
            if (n.get() >= SHARE * claims.get() && lemma.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                kept.put(lemma, Math.round(n.get() * 10_000.0 / claims.get()));
            }
        });
        StringBuilder out = new StringBuilder("# noun lemma\tclaims in 10,000 using it (" + claims.get() + " claims of " + notes.size() + " notes)\n");
        kept.forEach((lemma, per) -> out.append(lemma).append('\t').append(per).append('\n'));
        Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
        Map<String, Long> common = new TreeMap<>();
        compounds.forEach((pair, n) -> {
            if (n.get() >= COMPOUND_NOTES) {
                common.put(pair, n.get());
            }
        });
        StringBuilder pairs = new StringBuilder("# modifier and head noun lemmas\tnotes writing them together (of " + notes.size() + " notes)\n");
        common.forEach((pair, n) -> pairs.append(pair).append('\t').append(n).append('\n'));
        Files.writeString(Path.of(args[2]), pairs.toString(), StandardCharsets.UTF_8);
        Map<String, Long> everyday = new TreeMap<>();
        names.forEach((name, n) -> {
            if (n.get() >= NAME_SHARE * notes.size()) {
                everyday.put(name, n.get());
            }
        });
        StringBuilder known = new StringBuilder("# proper name, lower case\tnotes naming it (of " + notes.size() + " notes)\n");
        everyday.forEach((name, n) -> known.append(name).append('\t').append(n).append('\n'));
        Files.writeString(Path.of(args[3]), known.toString(), StandardCharsets.UTF_8);
        long allChannels = notes.stream().map(Note::channelKey).flatMap(java.util.Optional::stream).distinct().count();
        Map<String, Integer> wide = new TreeMap<>();
        channels.forEach((name, in) -> {
            if (in.size() >= CHANNEL_SHARE * allChannels) {
                wide.put(name, in.size());
            }
        });
        StringBuilder widely = new StringBuilder("# proper name, lower case\tchannels naming it (of " + allChannels + " channels)\n");
        wide.forEach((name, n) -> widely.append(name).append('\t').append(n).append('\n'));
        Files.writeString(Path.of(args[4]), widely.toString(), StandardCharsets.UTF_8);
        System.out.println(kept.size() + " common nouns, " + common.size() + " compounds, " + everyday.size() + " names and " + wide.size()
                + " widely named from " + claims.get() + " claims");
    }
}
