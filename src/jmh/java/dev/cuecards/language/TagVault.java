package dev.cuecards.language;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.VaultReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tags every claim of a vault on one thread, three times, with whatever {@code Tagger} is on the class path, and
 * prints each time, their median and a digest of all the tags: the way to compare two builds' taggers word for
 * word on a real vault. {@code java -cp OLD.jar:target/bench/classes dev.cuecards.language.TagVault VAULT}.
 */
public final class TagVault {

    private static final int ROUNDS = 3;

    private TagVault() {
    }

    public static void main(String[] args) throws IOException {
        List<String> claims = new ArrayList<>();
        for (Note note : VaultReader.read(Path.of(args[0])).notes()) {
            for (Claim claim : note.claims()) {
                claims.add(claim.text());
            }
        }
        long[] times = new long[ROUNDS];
        long digest = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long tags = 0;
            for (String claim : claims) {
                Tagged tagged = Tagger.tag(claim);
                for (int i = 0; i < tagged.size(); i++) {
                    tags = tags * 31 + tagged.word(i).hashCode() * 17L + tagged.tag(i).hashCode();
                }
            }
            times[round] = (System.nanoTime() - start) / 1_000_000;
            digest = tags;
            System.out.printf("round %d: %,d ms%n", round + 1, times[round]);
        }
        Arrays.sort(times);
        System.out.printf("%,d claims tagged in %,d ms (median of %d); digest of words and tags %016x%n", claims.size(), times[ROUNDS / 2], ROUNDS, digest);
    }
}
