package dev.cuecards.cards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteParser;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault of 2,000 notes made hostile from good ones, by seeded mutations: truncated anywhere, bytes deleted or
 * doubled, anchors left open, control characters, invalid UTF-8, NUL bytes, megabyte lines, 500-deep lists, 100,000 stamps,
 * runs of {@code [a](}, {@code <sup>}, {@code **a } and {@code [[a }. Reading it throws nothing; every note is read
 * or reported as unreadable by its path; what is surely wrong is reported; the good note beside them keeps its cards.
 */
class HostileVaultTest {

    private static final long SEED = 20261202L;
    private static final int MUTANTS = 2000;

    private static String a(String time) {
        return "<a class=\"yt-timestamp\" data-t=\"" + time + "\">[" + time + "]</a>";
    }

    /** A good note using most of the format: sections, lists, bold terms, a callout, a table, code, math, links. */
    static final String GOOD = "---\ntitle: Caching with Redis\nvideoId: abcdefghijk\n---\n\nFrom: [[fireship]] <br/>\n\n"
            + "Redis is an in-memory database " + a("00:00:05") + ". It keeps data in RAM, so reads are fast " + a("00:00:09") + ".\n\n"
            + "## Persistence\n\nRedis writes snapshots called RDB files " + a("00:01:10") + ", and an append-only file (AOF) "
            + a("00:01:20") + ".\n\n*   **RDB**: A point-in-time snapshot of the dataset " + a("00:01:30") + ".\n"
            + "*   **AOF**: A log of every write operation " + a("00:01:40") + ".\n\n"
            + "> [!NOTE] Durability\n> With AOF, Redis can lose at most one second of writes " + a("00:02:00") + ".\n\n"
            + "| Feature | Redis | Memcached |\n|---|---|---|\n| Persistence | Yes " + a("00:02:30") + " | No |\n\n"
            + "To install it:\n1.  Download the package " + a("00:03:00") + ".\n2.  Run `redis-server` " + a("00:03:10") + ".\n\n"
            + "The hit ratio is $h = \\frac{hits}{hits + misses}$ " + a("00:04:00") + ". See [[Memcached | the alternative]] "
            + a("00:04:30") + ".\n";

    private enum Mutation {
        TRUNCATE, DELETE, DOUBLE, OPEN_ANCHOR, CONTROL, INVALID_UTF8, NUL, LONG_LINE, DEEP_LIST, MANY_STAMPS,
        LINK_RUN, SUP_RUN, BOLD_RUN, WIKI_RUN
    }

    @Test
    void a_vault_of_hostile_notes_is_read_without_failing_and_the_good_note_keeps_its_cards(@TempDir Path vault) throws IOException {
        Random random = new Random(SEED);
        Map<String, Mutation> made = new TreeMap<>();
        for (int i = 0; i < MUTANTS; i++) {
            Mutation mutation = pick(random, i);
            String name = String.format("mutant-%04d-%s.md", i, mutation.name().toLowerCase());
            Files.write(vault.resolve(name), mutate(GOOD.getBytes(StandardCharsets.UTF_8), mutation, random));
            made.put(name, mutation);
        }
        Files.writeString(vault.resolve("good.md"), GOOD);

        VaultReading reading = VaultReader.read(vault);

        List<String> seen = new ArrayList<>();
        reading.notes().forEach(n -> seen.add(n.relativePath()));
        reading.unreadable().forEach(p -> seen.add(p.path()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(with(made.keySet(), "good.md"));
        for (Note note : reading.notes()) {
            assertThat(note.claims()).allSatisfy(claim -> {
                assertThat(claim.text()).isNotBlank().doesNotContain("<a ", "data-t").matches(t -> t.chars().noneMatch(c -> c < 0x20));
                assertThat(claim.line()).isPositive();
            });
            Mutation mutation = made.get(note.relativePath());
            if (mutation != null && surelyReported(mutation)) {
                assertThat(note.problems()).as(note.relativePath()).isNotEmpty();
            }
        }
        List<String> undecodable = reading.unreadable().stream().map(NoteProblem::path).toList();
        made.forEach((name, mutation) -> {
            if (mutation == Mutation.INVALID_UTF8 || mutation == Mutation.NUL) {
                assertThat(undecodable).as(name).contains(name);
            }
        });
        Note good = reading.notes().stream().filter(n -> n.relativePath().equals("good.md")).findFirst().orElseThrow();
        Note alone = NoteParser.parse("good.md", GOOD, good.contentHash());
        assertThat(alone.problems()).isEmpty();
        assertThat(good.problems()).extracting(NoteProblem::reason).singleElement().asString()
                .startsWith("title 'Caching with Redis' is also the title of mutant-").endsWith(" more");
        assertThat(good.claims()).hasSize(12).isEqualTo(alone.claims());
        CardGenerator besideThem = new CardGenerator(reading.notes(), GeneratorSettings.DEFAULTS);
        CardGenerator byItself = new CardGenerator(List.of(alone), GeneratorSettings.DEFAULTS);
        assertThat(besideThem.generate(good)).extracting(CardDraft::id).isNotEmpty()
                .containsExactlyElementsOf(byItself.generate(alone).stream().map(CardDraft::id).toList());
    }

    /** Mutations that always leave something a reader must be told of. */
    private static boolean surelyReported(Mutation mutation) {
        return mutation == Mutation.CONTROL || mutation == Mutation.LONG_LINE || mutation == Mutation.OPEN_ANCHOR || mutation == Mutation.LINK_RUN || mutation == Mutation.SUP_RUN;
    }

    /** Mostly cheap mutations; the large ones (a megabyte, 500 levels deep) twenty times in all. */
    private static Mutation pick(Random random, int i) {
        Mutation[] heavy = {Mutation.LONG_LINE, Mutation.MANY_STAMPS, Mutation.LINK_RUN, Mutation.SUP_RUN, Mutation.BOLD_RUN, Mutation.WIKI_RUN,
            Mutation.DEEP_LIST};
        if (i % 100 == 0) {
            return heavy[(i / 100) % heavy.length];
        }
        Mutation[] light = {Mutation.TRUNCATE, Mutation.DELETE, Mutation.DOUBLE, Mutation.OPEN_ANCHOR, Mutation.CONTROL,
            Mutation.INVALID_UTF8, Mutation.NUL};
        return light[random.nextInt(light.length)];
    }

    static byte[] mutate(byte[] good, Mutation mutation, Random random) {
        int at = random.nextInt(good.length);
        return switch (mutation) {
            case TRUNCATE -> java.util.Arrays.copyOf(good, at);
            case DELETE -> splice(good, at, Math.min(good.length, at + 1 + random.nextInt(40)), new byte[0]);
            case DOUBLE -> {
                int end = Math.min(good.length, at + 1 + random.nextInt(400));
                yield splice(good, end, end, java.util.Arrays.copyOfRange(good, at, end));
            }
            case OPEN_ANCHOR -> insertAtLine(good, random, (line, r) -> line + " <a class=\"yt-timestamp\" data-t=\"00:0" + r.nextInt(10)
                    + (r.nextBoolean() ? "\">[00:01:" : " Next words go on"));
            case CONTROL -> splice(good, at, at, new byte[] {(byte) (1 + random.nextInt(8)), 0x1b, 0x7f});
            case INVALID_UTF8 -> splice(good, at, at, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            case NUL -> splice(good, at, at, new byte[] {0});
            case LONG_LINE -> appendLine(good, ("Word after word " + a("00:05:00") + ". ").repeat(1_000_000 / 70));
            case DEEP_LIST -> appendLine(good, deepList(500));
            case MANY_STAMPS -> appendLine(good, "So many moments " + "[00:01] ".repeat(100_000));
            case LINK_RUN -> appendLine(good, "[a](".repeat(20_000 + random.nextInt(5000)));
            case SUP_RUN -> appendLine(good, "<sup>".repeat(16_000 + random.nextInt(5000)));
            case BOLD_RUN -> appendLine(good, "**a ".repeat(20_000 + random.nextInt(5000)));
            case WIKI_RUN -> appendLine(good, "[[a ".repeat(20_000 + random.nextInt(5000)));
        };
    }

    private static String deepList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i).append(' ').append(a("00:06:00")).append('\n');
        }
        return list.toString();
    }

    private static byte[] appendLine(byte[] good, String line) {
        return splice(good, good.length, good.length, ("\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] insertAtLine(byte[] good, Random random, BiFunction<String, Random, String> change) {
        String[] lines = new String(good, StandardCharsets.UTF_8).split("\n", -1);
        int line = 5 + random.nextInt(lines.length - 6);
        lines[line] = change.apply(lines[line], random);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, from);
        out.write(insert, 0, insert.length);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static List<String> with(java.util.Collection<String> names, String more) {
        List<String> all = new ArrayList<>(names);
        all.add(more);
        return all;
    }
}
