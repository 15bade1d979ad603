package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cuecards.store.ReviewLogEntry;
import dev.cuecards.store.ReviewLogRepository;
import dev.cuecards.store.TestVault;
import dev.cuecards.study.StudySettings;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight browsers answer one queue at once for twenty seconds, over the real server and SQLite file, while the day
 * moves on so cards keep coming due: every acknowledged answer is in the log exactly once, an answer that lost the race
 * is told so (409), and no client ever sees a 500 or "database is locked".
 */
class ConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void eight_clients_answering_one_queue_record_each_answer_exactly_once() throws Exception {
        Path vault = Files.createDirectories(folder.resolve("notes"));
        for (int i = 0; i < 6; i++) {
            TestVault.write(vault, "video-" + i + ".md", TestVault.numbered("Video " + i, String.format("vid%08d", i), "Tech", 20));
        }
        try (RunningApp app = new RunningApp(folder, vault)) {
            StudySettings settings = app.study.settings();
            app.study.saveSettings(StudySettings.parse("9999", "9999", String.valueOf(settings.rolloverHour()),
                    String.valueOf(settings.desiredRetention()), "1m 10m", "10m"));
            AtomicBoolean running = new AtomicBoolean(true);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> acknowledged = new CopyOnWriteArrayList<>();
            List<String> complaints = new CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> answerUntilStopped(app, running, statuses, acknowledged, complaints)));
            }
            pool.submit(() -> {
                while (running.get()) {
                    app.clock.advance(Duration.ofMinutes(3));
                    sleep(20);
                }
            });
            Thread.sleep(RUN.toMillis());
            running.set(false);
            for (Future<?> client : clients) {
                client.get(30, TimeUnit.SECONDS);
            }
            pool.shutdownNow();

            System.out.printf("ConcurrencyTest: %d clients, %s: %,d answers acknowledged; statuses %s%n", CLIENTS, RUN,
                    acknowledged.size(), statuses);
            List<ReviewLogEntry> log = app.database.read(c -> new ReviewLogRepository(c).all());
            Set<String> logged = new HashSet<>();
            for (ReviewLogEntry entry : log) {
                assertThat(logged.add(entry.card() + " " + entry.before().reps())).as("answered once: %s", entry.card()).isTrue();
            }
            assertThat(complaints).as("what clients were told besides 200, 204 and 409").isEmpty();
            assertThat(acknowledged).doesNotHaveDuplicates();
            assertThat(logged).as("the log holds exactly the acknowledged answers").containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(acknowledged).as("answers made in %s", RUN).hasSizeGreaterThan(200);
            assertThat(statuses.keySet()).as("statuses seen").isSubsetOf(200, 204, 409);
            assertThat(dev.cuecards.store.CollectionCheck.of(app.database).findings()).isEmpty();
        }
    }

    private static Void answerUntilStopped(RunningApp app, AtomicBoolean running, Map<Integer, AtomicInteger> statuses,
                                           List<String> acknowledged, List<String> complaints) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String origin = "http://127.0.0.1:" + app.app.port();
        while (running.get()) {
            HttpResponse<String> next = browser.send(HttpRequest.newBuilder(app.uri("/api/review/next")).build(),
                    HttpResponse.BodyHandlers.ofString());
            count(statuses, next, complaints);
            if (next.statusCode() != 200) {
                sleep(5);
                continue;
            }
            JsonNode card = JSON.readTree(next.body()).get("card");
            String id = card.get("id").asText();
            int reps = card.get("reps").asInt();
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(app.uri("/api/review/answer"))
                    .header("Content-Type", "application/json").header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"card\":\"" + id + "\",\"rating\":" + (1 + Math.floorMod(id.hashCode() + reps, 4))
                            + ",\"reps\":" + reps + "}")).build(), HttpResponse.BodyHandlers.ofString());
            count(statuses, answer, complaints);
            if (answer.statusCode() == 200) {
                acknowledged.add(id + " " + reps);
            }
        }
        return null;
    }

    private static void count(Map<Integer, AtomicInteger> statuses, HttpResponse<String> response, List<String> complaints) {
        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        boolean expected = response.statusCode() == 200 || response.statusCode() == 204 || response.statusCode() == 409;
        if (!expected || response.body().toLowerCase(java.util.Locale.ROOT).contains("locked")) {
            complaints.add(response.statusCode() + " " + response.body());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
