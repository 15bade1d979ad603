package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.store.TestVault;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cuecards serve} as a user starts it, in a process of its own: on a vault unchanged since the last sync it
 * reads no note file; on a changed one it answers at once and brings the cards in line in the background.
 */
class ServeStartTest {

    private static final Pattern RUNNING = Pattern.compile("running at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void an_unchanged_vault_is_served_without_reading_a_note_and_a_changed_one_is_synced_in_the_background() throws Exception {
        Path notes = folder.resolve("notes");
        Path db = folder.resolve("cuecards.db");
        TestVault.write(notes, "first.md", TestVault.numbered("First video", "bcdefghijkl", "Tech", 6));
        TestVault.write(notes, "second.md", TestVault.numbered("Second video", "cdefghijklm", "Tech", 6));
        assertThat(CommandLineRun.of("generate", "--notes", notes.toString(), "--db", db.toString()).exitCode()).isZero();

        // Each note is overwritten with other text of the same size, its modification time put back: a start that
        // read any file would find it changed and show the new titles.
        List<Path> files;
        try (Stream<Path> listed = Files.list(notes)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            FileTime modified = Files.getLastModifiedTime(file);
            Files.writeString(file, Files.readString(file).replace(" video", " VIDEO"));
            Files.setLastModifiedTime(file, modified);
        }
        try (Served served = Served.start(notes, db)) {
            served.awaitOut("nothing to read");
            String videos = served.get("/notes");
            assertThat(videos).contains("First video", "Second video").doesNotContain("VIDEO");
        }

        // A touched file is checked: its bytes changed, so it is read again, while the app already answers. The
        // other is still listed as at the last sync and stays unopened, as make or git would take it.
        Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        try (Served served = Served.start(notes, db)) {
            assertThat(served.get("/")).contains("Today");
            served.awaitOut("cards:");
            assertThat(served.out()).contains("1 note read, 1 unchanged and not opened");
            assertThat(served.get("/notes")).contains("First VIDEO", "Second video");
        }
        try (Served served = Served.start(notes, db)) {
            served.awaitOut("nothing to read");
            assertThat(served.out()).doesNotContain("cards:");
        }
    }

    /** A serve process on a free port, stopped (as by Ctrl+C) when closed. */
    private record Served(Process process, String url, StringBuffer output) implements AutoCloseable {

        static Served start(Path notes, Path db) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "serve", "--notes", notes.toString(), "--db", db.toString(), "--port", "0")
                    .redirectErrorStream(true).start();
            StringBuffer output = new StringBuffer();
            CompletableFuture<String> url = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        output.append(line).append('\n');
                        Matcher running = RUNNING.matcher(line);
                        if (running.find()) {
                            url.complete(running.group(1));
                        }
                    }
                } catch (IOException e) {
                    url.completeExceptionally(e);
                }
                url.complete(null);
            });
            reader.setDaemon(true);
            reader.start();
            try {
                String found = url.get(60, TimeUnit.SECONDS);
                assertThat(found).as("serve printed its address; it printed:%n%s", output).isNotNull();
                return new Served(process, found, output);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
                throw new AssertionError("serve did not start; it printed:\n" + output, e);
            }
        }

        String out() {
            return output.toString();
        }

        void awaitOut(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!output.toString().contains(text) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(output.toString()).contains(text);
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path.substring(1)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
