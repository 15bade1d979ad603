package dev.cuecards.web;

import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import dev.cuecards.store.Database;
import dev.cuecards.store.TestClock;
import dev.cuecards.store.VaultSync;
import dev.cuecards.study.Study;
import dev.cuecards.study.Videos;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real app on 127.0.0.1 and a free port, over a real SQLite file, with a clock the test moves. */
final class RunningApp implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final TestClock clock = new TestClock(START, ZoneId.of("UTC"));
    final Database database;
    final Study study;
    final VaultReading reading;
    final WebApp app;
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    RunningApp(Path folder, String... notes) throws IOException {
        this(folder, written(folder, notes));
    }

    /** The app over an existing vault, which it only reads. */
    RunningApp(Path folder, Path vault) throws IOException {
        this(folder, vault, "127.0.0.1", java.util.List.of());
    }

    /** The app listening on {@code host}, reached by the names {@code allowed} besides this machine's own. */
    RunningApp(Path folder, Path vault, String host, java.util.List<String> allowed) throws IOException {
        this(folder, vault, host, allowed, java.util.Optional.empty());
    }

    /** The app behind a password hash, when one is given. */
    RunningApp(Path folder, Path vault, String host, java.util.List<String> allowed, java.util.Optional<String> passwordHash)
            throws IOException {
        database = Database.open(folder.resolve("data/cuecards.db"));
        reading = VaultReader.read(vault);
        new VaultSync(database, clock).sync(reading, GeneratorSettings.DEFAULTS);
        study = new Study(database, clock, SchedulerSettings.defaults().withFuzz(false));
        app = WebApp.start(new WebApp.Setup(study, new Videos(database), vault, SyncStatus.inLine(), database), host, 0, allowed,
                Access.of(database, passwordHash, clock));
    }

    /** The app on every address of this machine, over the notes given as path and text pairs. */
    static RunningApp onEveryAddress(Path folder, java.util.List<String> allowed, String... notes) throws IOException {
        return new RunningApp(folder, written(folder, notes), "0.0.0.0", allowed);
    }

    /** The app on 127.0.0.1 behind {@code password}, hashed with few rounds so that logins are quick. */
    static RunningApp withPassword(Path folder, String password, String... notes) throws IOException {
        return new RunningApp(folder, written(folder, notes), "127.0.0.1", java.util.List.of(),
                java.util.Optional.of(Password.hash(password, 1_000)));
    }

    /** The sample note the app ships with, as the test resources hold it. */
    static String seedNote() throws IOException {
        try (java.io.InputStream in = RunningApp.class.getResourceAsStream("/notes/amazon-sagemaker-and-ml-offerings.md")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Path written(Path folder, String... notes) throws IOException {
        Path vault = Files.createDirectories(folder.resolve("notes"));
        for (int i = 0; i < notes.length; i += 2) {
            Files.writeString(vault.resolve(notes[i]), notes[i + 1]);
        }
        return vault;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSON as the app's own page would: from its own origin. */
    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Origin", "http://127.0.0.1:" + app.port())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as the page would, with the CSRF token of the page it came from. */
    HttpResponse<String> postForm(String path, String form, String fromPage) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(fromPage).body());
        String csrf = token.find() ? token.group(1) : "";
        return postRaw(path, form + "&csrf=" + csrf, null);
    }

    HttpResponse<String> postRaw(String path, String form, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
