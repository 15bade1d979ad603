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
 * Writes the table of common nouns ({@code language/common-nouns.tsv}) from a vault: every noun lemma used by at
 * least one claim in a thousand, with how many claims in ten thousand use it.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.cuecards.language.CommonNounsTable VAULT OUT</pre>
 */
public final class CommonNounsTable {

    private static final double SHARE = 0.001;

    public static void main(String[] args) throws IOException {
        List<Note> notes = VaultReader.read(Path.of(args[0])).notes();
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        AtomicLong claims = new AtomicLong();
        notes.parallelStream().forEach(note -> {
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
            }
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
        System.out.println(kept.size() + " common nouns from " + claims.get() + " claims");
    }
}
