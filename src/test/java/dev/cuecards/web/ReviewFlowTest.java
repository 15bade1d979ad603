package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.store.ReviewLogRepository;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole review through HTTP against the real app, checking what the database holds after each step. */
class ReviewFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private RunningApp running;

    @BeforeEach
    void start() throws IOException {
        running = new RunningApp(folder, "seed.md", RunningApp.seedNote());
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private JsonNode next() throws Exception {
        HttpResponse<String> response = running.get("/api/review/next");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private int logSize() {
        return running.database.read(c -> new ReviewLogRepository(c).all()).size();
    }

    @Test
    void next_answer_moves_the_card_as_previewed_and_logs_one_review_even_when_sent_twice() throws Exception {
        JsonNode next = next();
        String card = next.get("card").get("id").asText();
        String previewedDue = next.get("preview").get("good").get("due").asText();
        String answer = "{\"card\":\"" + card + "\",\"rating\":3,\"reps\":0}";

        HttpResponse<String> first = running.postJson("/api/review/answer", answer);
        HttpResponse<String> second = running.postJson("/api/review/answer", answer);

        assertThat(next.get("card").get("reps").asInt()).isZero();
        assertThat(next.get("remaining").get("new").asInt()).isPositive();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("due").asText()).isEqualTo(previewedDue);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(logSize()).isEqualTo(1);
        assertThat(running.study.card(new CardId(card)).schedule().due()).isEqualTo(Instant.parse(previewedDue));
    }

    @Test
    void a_review_page_served_again_carries_each_browsers_own_token_and_time_and_moves_on_after_an_answer() throws Exception {
        java.net.http.HttpClient other = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String mine = running.get("/review").body();
        Thread.sleep(5);
        String again = running.get("/review").body();
        String theirs = other.send(java.net.http.HttpRequest.newBuilder(running.uri("/review")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(field(again, "card")).isEqualTo(field(mine, "card")).isEqualTo(field(theirs, "card"));
        assertThat(field(again, "csrf")).isEqualTo(field(mine, "csrf")).isNotEqualTo(field(theirs, "csrf"));
        assertThat(Long.parseLong(field(again, "shownAt"))).isGreaterThan(Long.parseLong(field(mine, "shownAt")));
        assertThat(running.postForm("/review/answer", "scope=all&card=" + field(mine, "card") + "&rating=3&reps="
                + field(mine, "reps"), "/review").statusCode()).isEqualTo(303);
        assertThat(field(running.get("/review").body(), "card")).isNotEqualTo(field(mine, "card"));
    }

    /** The value of the page's first hidden field with this name. */
    private static String field(String page, String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(value.find()).as("field %s on the page", name).isTrue();
        return value.group(1);
    }

    @Test
    void undo_restores_the_card_and_removes_its_review() throws Exception {
        String card = next().get("card").get("id").asText();
        running.postJson("/api/review/answer", "{\"card\":\"" + card + "\",\"rating\":1,\"reps\":0}");

        HttpResponse<String> undone = running.postJson("/api/review/undo", "{}");
        HttpResponse<String> nothingLeft = running.postJson("/api/review/undo", "{}");

        assertThat(undone.statusCode()).isEqualTo(200);
        assertThat(running.study.card(new CardId(card)).schedule().state()).isEqualTo(CardState.NEW);
        assertThat(running.study.card(new CardId(card)).schedule().reps()).isZero();
        assertThat(logSize()).isZero();
        assertThat(nothingLeft.statusCode()).isEqualTo(404);
    }

    @Test
    void the_review_page_answers_with_a_form_and_redirects_back() throws Exception {
        HttpResponse<String> page = running.get("/review?reveal");
        String card = page.body().replaceAll("(?s).*data-card=\"([^\"]+)\".*", "$1");

        HttpResponse<String> answered = running.postForm("/review/answer", "card=" + card + "&rating=3&reps=0&scope=all", "/review");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Show answer", "Again", "Hard", "Good", "Easy", "▶ 00:");
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(answered.headers().firstValue("Location")).contains("/review");
        assertThat(logSize()).isEqualTo(1);
    }

    @Test
    void bury_and_suspend_take_the_card_out_of_todays_queue() throws Exception {
        String first = next().get("card").get("id").asText();
        running.postForm("/cards/bury", "card=" + first + "&back=/review", "/review");
        String second = next().get("card").get("id").asText();
        running.postForm("/cards/suspend", "card=" + second + "&back=/review", "/review");

        String third = next().get("card").get("id").asText();

        assertThat(second).isNotEqualTo(first);
        assertThat(third).isNotIn(first, second);
        assertThat(running.study.card(new CardId(first)).buriedUntil()).isPresent();
        assertThat(running.study.card(new CardId(second)).suspended()).isTrue();
        HttpResponse<String> answerSuspended = running.postJson("/api/review/answer", "{\"card\":\"" + second + "\",\"rating\":3,\"reps\":0}");
        assertThat(answerSuspended.statusCode()).isEqualTo(409);
        assertThat(answerSuspended.body()).contains("suspended");
        assertThat(logSize()).isZero();
    }

    @Test
    void a_bad_rating_or_an_unknown_card_is_refused_with_the_field_named() throws Exception {
        String card = next().get("card").get("id").asText();

        HttpResponse<String> badRating = running.postJson("/api/review/answer", "{\"card\":\"" + card + "\",\"rating\":7,\"reps\":0}");
        HttpResponse<String> unknown = running.postJson("/api/review/answer", "{\"card\":\"nope\",\"rating\":3,\"reps\":0}");
        HttpResponse<String> badScope = running.get("/review?scope=planet:mars");
        HttpResponse<String> unknownVideo = running.get("/api/review/next?scope=note:no-such-video");
        HttpResponse<String> unknownChannel = running.get("/review?scope=channel:nobody");
        HttpResponse<String> notJson = running.postJson("/api/review/answer", "rating=3");

        assertThat(badRating.statusCode()).isEqualTo(400);
        assertThat(badRating.body()).contains("rating must be 1..4, got 7");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(badScope.statusCode()).isEqualTo(400);
        assertThat(badScope.body()).contains("Bad value for scope").doesNotContain("Exception", "at dev.");
        assertThat(unknownVideo.statusCode()).isEqualTo(404);
        assertThat(unknownChannel.statusCode()).isEqualTo(404);
        assertThat(running.get("/review?scope=channel:ACQUIREDFM").statusCode()).isEqualTo(200);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(logSize()).isZero();
    }

    @Test
    void cross_origin_posts_and_forms_without_the_token_are_refused() throws Exception {
        String card = next().get("card").get("id").asText();

        String token = running.get("/review").body().replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        String answer = "card=" + card + "&rating=3&reps=0";

        HttpResponse<String> foreign = running.postRaw("/review/answer", answer + "&csrf=" + token, "https://evil.example");
        HttpResponse<String> foreignApi = running.http.send(java.net.http.HttpRequest.newBuilder(running.uri("/api/review/answer"))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"card\":\"" + card + "\",\"rating\":3,\"reps\":0}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noToken = running.postRaw("/review/answer", answer, null);
        HttpResponse<String> formToApi = running.postRaw("/api/review/answer", answer, null);
        HttpResponse<String> ownOrigin = running.postRaw("/review/answer", answer + "&csrf=" + token, "http://127.0.0.1:" + running.app.port());

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreignApi.statusCode()).isEqualTo(403);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(formToApi.statusCode()).isEqualTo(403);
        assertThat(ownOrigin.statusCode()).isEqualTo(303);
        assertThat(logSize()).isEqualTo(1);
    }

    @Test
    void a_request_naming_another_host_is_refused_against_dns_rebinding() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", running.app.port())) {
            socket.getOutputStream().write(("GET /api/review/next HTTP/1.1\r\nHost: attacker.example:" + running.app.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void settings_are_validated_field_by_field_and_saved_when_right() throws Exception {
        HttpResponse<String> bad = running.postForm("/settings", "newCardsPerDay=abc&maxReviewsPerDay=200&rolloverHour=4"
                + "&desiredRetention=0.9&learningSteps=1m+10m&relearningSteps=10m", "/settings");
        HttpResponse<String> badRetention = running.postForm("/settings", "newCardsPerDay=5&maxReviewsPerDay=200&rolloverHour=4"
                + "&desiredRetention=1.5&learningSteps=1m+10m&relearningSteps=10m", "/settings");
        HttpResponse<String> good = running.postForm("/settings", "newCardsPerDay=5&maxReviewsPerDay=150&rolloverHour=3"
                + "&desiredRetention=0.85&learningSteps=2m+15m&relearningSteps=5m", "/settings");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("New cards per day", "abc", "aria-invalid=\"true\"");
        assertThat(badRetention.statusCode()).isEqualTo(400);
        assertThat(badRetention.body()).contains("1.5");
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(running.study.settings().newCardsPerDay()).isEqualTo(5);
        assertThat(running.study.settings().desiredRetention()).isEqualTo(0.85);
        assertThat(running.get("/settings").body()).contains("value=\"2m 15m\"", "Settings");
    }

    @Test
    void the_number_of_daily_backups_kept_is_a_setting_checked_like_the_others() throws Exception {
        String study = "newCardsPerDay=5&maxReviewsPerDay=150&rolloverHour=3&desiredRetention=0.85&learningSteps=2m&relearningSteps=5m";
        assertThat(running.get("/settings").body()).contains("Daily backups kept", "name=\"backupsKept\" inputmode=\"numeric\" value=\"7\"");

        HttpResponse<String> bad = running.postForm("/settings", study + "&backupsKept=lots", "/settings");
        HttpResponse<String> tooMany = running.postForm("/settings", study + "&backupsKept=1000", "/settings");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Daily backups kept must be a whole number from 0 to 365", "lots");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(dev.cuecards.store.Backups.keptCount(running.database)).isEqualTo(7);
        assertThat(running.study.settings().newCardsPerDay()).as("nothing of a refused form is saved").isEqualTo(20);

        assertThat(running.postForm("/settings", study + "&backupsKept=3", "/settings").statusCode()).isEqualTo(303);
        assertThat(dev.cuecards.store.Backups.keptCount(running.database)).isEqualTo(3);
        assertThat(running.postForm("/settings", study, "/settings").statusCode()).as("a form without the field").isEqualTo(303);
        assertThat(dev.cuecards.store.Backups.keptCount(running.database)).isEqualTo(3);
    }

    @Test
    void home_notes_and_note_pages_show_what_is_due_and_where_it_came_from() throws Exception {
        HttpResponse<String> home = running.get("/");
        HttpResponse<String> notes = running.get("/notes");
        HttpResponse<String> note = running.get("/notes/seed");

        assertThat(home.body()).contains("Today", "Study now", "Amazon Sagemaker and ML offerings", "acquiredfm", "in a row");
        assertThat(notes.body()).contains("acquiredfm", "Amazon Sagemaker and ML offerings", "/notes/seed");
        assertThat(note.body()).contains("Study this video", "/review?scope=note%3Aseed", "What is “Sagemaker”?",
                "https://www.youtube.com/watch?v=ifA0ZRiOmx0&amp;t=68s");
    }

    @Test
    void a_flagged_card_leaves_the_queue_is_listed_at_home_and_comes_back_when_unflagged() throws Exception {
        String card = next().get("card").get("id").asText();
        running.postForm("/cards/flag", "card=" + card + "&back=/review", "/review");
        String nextAfterFlag = next().get("card").get("id").asText();

        String home = running.get("/").body();
        HttpResponse<String> unflagged = running.postForm("/cards/unflag", "card=" + card + "&back=//evil.example", "/");

        assertThat(nextAfterFlag).isNotEqualTo(card);
        assertThat(home).contains("Flagged cards", running.study.card(new CardId(card)).draft().front().substring(0, 10));
        assertThat(unflagged.headers().firstValue("Location")).contains("/");
        assertThat(running.postForm("/cards/unflag", "card=" + card + "&back=/%09/evil.example", "/settings").headers().firstValue("Location")).contains("/");
        assertThat(next().get("card").get("id").asText()).isEqualTo(card);
        assertThat(running.study.card(new CardId(card)).flagged()).isFalse();
    }
}
