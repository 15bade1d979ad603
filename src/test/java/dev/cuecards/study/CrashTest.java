package dev.cuecards.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.store.Database;
import dev.cuecards.store.ReviewLogEntry;
import dev.cuecards.store.ReviewLogRepository;
import dev.cuecards.store.TestVault;
import dev.cuecards.store.VaultSync;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM answers cards in a loop and is killed with SIGKILL at a random moment, twenty times. After each kill,
 * every answer it acknowledged is in the review log and SQLite finds the file intact.
 */
class CrashTest {

    private static final int KILLS = 20;
    private static final int CUTS = 15;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void every_acknowledged_answer_survives_kill_9_and_the_database_stays_intact() throws Exception {
        Path file = syncedDatabase();
        Database database = Database.open(file);
        Random random = new Random(20260310);
        Set<String> acknowledged = new HashSet<>();

        for (int kill = 0; kill < KILLS; kill++) {
            acknowledged.addAll(runAndKill(file, kill, random.nextInt(150)));

            Set<String> logged = new HashSet<>();
            for (ReviewLogEntry entry : database.read(c -> new ReviewLogRepository(c).all())) {
                logged.add(entry.card() + " " + entry.before().reps());
            }
            assertThat(logged).as("after kill %d", kill).containsAll(acknowledged);
            assertThat(integrityCheck(database)).as("after kill %d", kill).isEqualTo("ok");
            assertThat(dev.cuecards.store.CollectionCheck.of(database).findings()).as("after kill %d", kill).isEmpty();
        }
        assertThat(acknowledged).hasSizeGreaterThan(KILLS);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void a_copy_of_the_files_taken_as_a_power_cut_would_leave_them_opens_intact_with_every_acknowledged_answer() throws Exception {
        Path file = syncedDatabase();
        Answering answering = Answering.start(folder, file, 7);
        Process child = answering.child();
        List<String> acks = answering.acks();
        Random random = new Random(20261207);
        try {
            for (int cut = 0; cut < CUTS; cut++) {
                Thread.sleep(50 + random.nextInt(250));
                // The writer is frozen where it stands, between any two of its writes, as a power cut would stop it:
                // the files then hold what the disk would, and every answer acknowledged so far has been synced.
                signal(child, "STOP");
                Set<String> acknowledged = new HashSet<>(acks);
                Path copy = Files.createDirectories(folder.resolve("cut-" + cut)).resolve("cuecards.db");
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Path source = Path.of(file + suffix);
                    if (Files.exists(source)) {
                        Files.copy(source, Path.of(copy + suffix));
                    }
                }
                signal(child, "CONT");

                try (Database copied = Database.existing(copy)) {
                    assertThat(integrityCheck(copied)).as("cut %d", cut).isEqualTo("ok");
                    assertThat(dev.cuecards.store.CollectionCheck.of(copied).findings()).as("cut %d", cut).isEmpty();
                    Set<String> logged = new HashSet<>();
                    for (ReviewLogEntry entry : copied.read(c -> new ReviewLogRepository(c).all())) {
                        logged.add(entry.card() + " " + entry.before().reps());
                    }
                    assertThat(logged).as("cut %d", cut).containsAll(acknowledged);
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            answering.reader().join();
        }
        assertThat(acks).as("answers made during the cuts (see child-errors.txt)").hasSizeGreaterThan(CUTS);
    }

    private static void signal(Process process, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -%s", signal).isTrue();
    }

    /** Starts a child, waits for its first acknowledged answer, lets it run {@code millis} more, kills it. */
    private List<String> runAndKill(Path file, int seed, int millis) throws IOException, InterruptedException {
        Answering answering = Answering.start(folder, file, seed);
        Thread.sleep(millis);
        answering.child().destroyForcibly();
        assertThat(answering.child().waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answering.child().exitValue()).isEqualTo(128 + 9);
        answering.reader().join();
        return new ArrayList<>(answering.acks());
    }

    /** A database holding the cards of two small notes. */
    private Path syncedDatabase() throws IOException {
        Path notes = folder.resolve("notes");
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        TestVault.write(notes, "companies.md", TestVault.numbered("Companies", "bcdefghijkl", "Tech", 12));
        Path file = folder.resolve("cuecards.db");
        try (Database database = Database.open(file)) {
            new VaultSync(database, Clock.systemUTC()).sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);
        }
        return file;
    }

    /** A child answering cards, its acknowledgements read as they come. */
    private record Answering(Process child, List<String> acks, Thread reader) {

        /** Starts the child and returns once it has acknowledged its first answer. */
        static Answering start(Path folder, Path file, int seed) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashAnswerer.class.getName(),
                    file.toString(), String.valueOf(seed))
                    .redirectError(ProcessBuilder.Redirect.appendTo(folder.resolve("child-errors.txt").toFile()))
                    .start();
            List<String> acks = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> readAcks(child, acks));
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (acks.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(acks).as("the child answers (see child-errors.txt)").isNotEmpty();
            return new Answering(child, acks, reader);
        }
    }

    private static void readAcks(Process child, List<String> acks) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("ACK ")) {
                    acks.add(line.substring(4));
                }
            }
        } catch (IOException e) {
            // The pipe closes when the child dies; what was read before is what was acknowledged.
        }
    }

    private static String integrityCheck(Database database) {
        return database.read(connection -> {
            try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("PRAGMA integrity_check")) {
                return row.getString(1);
            }
        });
    }
}
