package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cuecards.store.TestVault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page costs in SQL does not grow with the collection: the real app over a vault and over one ten times its
 * size prepares the same number of statements for each page and for an answer, and reads the same number of rows
 * for the review pages and the answer.
 */
class ScaleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void every_page_costs_the_same_statements_when_the_collection_grows_tenfold() throws Exception {
        Map<String, Long> small = statementsPerRequest(folder.resolve("small"), 3);
        Map<String, Long> large = statementsPerRequest(folder.resolve("large"), 30);

        assertThat(small).allSatisfy((request, count) -> assertThat(count).as(request).isPositive());
        assertThat(large).isEqualTo(small);
    }

    /** Statements prepared by each request, in a collection of {@code notes} notes in which some cards were studied. */
    private Map<String, Long> statementsPerRequest(Path folder, int notes) throws Exception {
        Path vault = Files.createDirectories(folder.resolve("notes"));
        for (int i = 0; i < notes; i++) {
            TestVault.write(vault, "video-" + i + ".md", TestVault.numbered("Video " + i, String.format("vid%08d", i),
                    i % 2 == 0 ? "Tech" : "Science", 12));
        }
        try (RunningApp app = new RunningApp(folder, vault)) {
            for (int i = 0; i < 3; i++) {
                answerNext(app);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String page : new String[] {"/review", "/api/review/next", "/", "/notes", "/review?scope=channel:Tech"}) {
                app.get(page); // the first request of a scope builds its day's queue once
                long statements = app.database.statementsPrepared();
                long rows = app.database.rowsRead();
                assertThat(app.get(page).statusCode()).as(page).isEqualTo(200);
                counts.put("statements of GET " + page, app.database.statementsPrepared() - statements);
                if (page.startsWith("/review") || page.startsWith("/api")) {
                    counts.put("rows of GET " + page, app.database.rowsRead() - rows);
                }
            }
            long statements = app.database.statementsPrepared();
            long rows = app.database.rowsRead();
            answerNext(app);
            counts.put("statements of an answer and the next card", app.database.statementsPrepared() - statements);
            counts.put("rows of an answer and the next card", app.database.rowsRead() - rows);
            return counts;
        }
    }

    private static void answerNext(RunningApp app) throws Exception {
        JsonNode card = JSON.readTree(app.get("/api/review/next").body()).get("card");
        String answer = "{\"card\":\"" + card.get("id").asText() + "\",\"rating\":3,\"reps\":" + card.get("reps").asInt() + "}";
        assertThat(app.postJson("/api/review/answer", answer).statusCode()).isEqualTo(200);
    }
}
