package dev.cuecards.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How common a noun is in video notes at large: the share of claims that use its lemma, measured once over a real
 * vault of 4,984 notes and shipped as {@code language/common-nouns.tsv}. A fixed table rather than the user's own
 * vault, so a note's cards do not change when other notes are added, and a vault of one note is judged as fairly as
 * one of thousands.
 */
public final class CommonNouns {

    private static final String TABLE = "/language/common-nouns.tsv";
    /** Used by one claim in a hundred or more: "system", "data", "model". */
    private static final int EVERYWHERE = 100;
    /** One in three hundred: common in notes, still a content word. */
    private static final int COMMON = 33;

    private static final CommonNouns SHIPPED = load();

    private final Map<String, Integer> perTenThousand;

    CommonNouns(Map<String, Integer> perTenThousand) {
        this.perTenThousand = Map.copyOf(perTenThousand);
    }

    public static CommonNouns get() {
        return SHIPPED;
    }

    /** Claims in ten thousand that use the lemma; 0 for a noun rarer than one in a thousand. */
    public int perTenThousand(String lemma) {
        return perTenThousand.getOrDefault(lemma, 0);
    }

    /**
     * How much a gap on this noun tells: 2 for a noun rarer than one claim in a thousand, 1 for a rare one, 0 for a
     * common one, -1 for one nearly every note uses.
     */
    public int rarity(String lemma) {
        int per = perTenThousand(lemma);
        return per == 0 ? 2 : per < COMMON ? 1 : per < EVERYWHERE ? 0 : -1;
    }

    private static CommonNouns load() {
        Map<String, Integer> table = new HashMap<>();
        try (InputStream in = CommonNouns.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the table of common nouns " + TABLE + " is not on the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#") && line.contains("\t")) {
                    String[] parts = line.split("\t");
                    table.put(parts[0], Integer.parseInt(parts[1].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return new CommonNouns(table);
    }
}
