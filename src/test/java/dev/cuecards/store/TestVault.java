package dev.cuecards.store;

import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small notes in the vault format, written to a test's folder. */
public final class TestVault {

    /** Four cards: a term card and a cloze from the B-trees claim, a cloze from each claim of "Replication" (the WAL claim gives its answer away under "Write-ahead logging"). */
    public static final String DATABASES = """
            ---
            title: Databases at scale
            videoId: abcdefghijk
            ---

            From: [[Hussein]] <br/>

            ## Storage engines
            *   **Write-ahead logging**: SQLite's WAL mode lets readers continue while one writer appends to the log <a class="yt-timestamp" data-t="00:01:05">[00:01:05]</a>.
            *   **B-trees**: Most relational databases keep their tables in B-trees, which stay balanced as rows arrive <a class="yt-timestamp" data-t="00:02:10">[00:02:10]</a>.

            ## Replication
            TimescaleDB ships streaming replication, which copies the write-ahead log to standby servers <a class="yt-timestamp" data-t="00:03:20">[00:03:20]</a>. Cassandra, modelled on Dynamo, replicates every row to several nodes without a leader <a class="yt-timestamp" data-t="00:04:40">[00:04:40]</a>.
            """;

    /** The cloze card on "TimescaleDB" (claim 2 of {@link #DATABASES}). */
    public static final String REPLICATION_CARD = "c-8935978921fbdd8b";
    /** The cloze card on "Dynamo" (claim 3 of {@link #DATABASES}). */
    public static final String DYNAMO_CARD = "c-c528132af2a2aad1";

    public static final String CASSANDRA_SENTENCE = " Cassandra, modelled on Dynamo, replicates every row to several nodes without a leader"
            + " <a class=\"yt-timestamp\" data-t=\"00:04:40\">[00:04:40]</a>.";

    private TestVault() {
    }

    public static Path write(Path folder, String relativePath, String text) {
        Path file = folder.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static VaultReading read(Path folder) {
        try {
            return VaultReader.read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A note of {@code claims} numbered sentences, one timestamp each, under one heading per five claims; each is long
     * enough to give two sibling cards (its founding year and its founder or city).
     */
    public static String numbered(String title, String videoId, String channel, int claims) {
        StringBuilder text = new StringBuilder("---\ntitle: " + title + "\nvideoId: " + videoId + "\n---\n\nFrom: [["
                + channel + "]] <br/>\n");
        for (int i = 0; i < claims; i++) {
            if (i % 5 == 0) {
                text.append("\n## Part ").append(i / 5 + 1).append("\n");
            }
            int seconds = 10 * (i + 1);
            text.append(String.format("%s was founded in %d by %s in %s, and its first product reached customers across the whole region within a few"
                    + " busy years <a class=\"yt-timestamp\" data-t=\"00:%02d:%02d\">[00:%02d:%02d]</a>.%n",
                    COMPANIES[i % COMPANIES.length], 1950 + i, FOUNDERS[i % FOUNDERS.length], CITIES[i % CITIES.length],
                    seconds / 60, seconds % 60, seconds / 60, seconds % 60));
        }
        return text.toString();
    }

    private static final String[] COMPANIES = {"Acme Rockets", "Globex", "Initech", "Umbrella Pharma", "Hooli",
        "Stark Industries", "Wayne Enterprises", "Cyberdyne", "Soylent", "Tyrell"};
    private static final String[] FOUNDERS = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra",
        "Barbara Liskov", "Donald Knuth", "Margaret Hamilton"};
    private static final String[] CITIES = {"Paris", "Lisbon", "Oslo", "Kyoto", "Lima", "Quito", "Nairobi", "Hanoi"};
}
