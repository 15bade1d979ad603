package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behind a password every page asks for a login; misses are slowed; sessions end; form tokens are bound to the browser. */
class AccessTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("cuecards_session=([A-Za-z0-9_-]+)");

    @TempDir
    Path folder;
    private RunningApp running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    private void behindPassword() throws IOException {
        running = RunningApp.withPassword(folder, PASSWORD, "seed.md", RunningApp.seedNote());
    }

    /** A browser of its own, keeping its cookies. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(running.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(HttpClient client, String password) throws IOException, InterruptedException {
        String token = token(get(client, "/login?next=%2Fsettings").body());
        String form = "csrf=" + token + "&next=%2Fsettings&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(running.uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher token = TOKEN.matcher(page);
        return token.find() ? token.group(1) : "";
    }

    @Test
    void every_page_and_call_asks_for_a_login_but_the_login_page_and_the_stylesheet() throws Exception {
        behindPassword();
        HttpClient client = browser();

        HttpResponse<String> review = get(client, "/review?scope=channel:AWS");
        assertThat(review.statusCode()).isEqualTo(303);
        assertThat(review.headers().firstValue("Location")).hasValue("/login?next=%2Freview%3Fscope%3Dchannel%3AAWS");
        assertThat(get(client, "/notes").statusCode()).isEqualTo(303);
        assertThat(get(client, "/api/review/next").statusCode()).isEqualTo(401);
        assertThat(get(client, "/api/review/next").body()).contains("Log in");
        assertThat(get(client, "/login").body()).contains("type=\"password\"").doesNotContain("href=\"/review\"");
        assertThat(get(client, "/static/app.css").statusCode()).isEqualTo(200);
        assertThat(running.study.settings().newCardsPerDay()).isEqualTo(20);
    }

    @Test
    void the_right_password_opens_a_new_session_in_a_strict_cookie_and_logout_ends_it() throws Exception {
        behindPassword();
        HttpClient client = browser();
        String before = sessionOf(get(client, "/login"));

        HttpResponse<String> in = login(client, PASSWORD);

        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/settings");
        String cookie = in.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Max-Age=").doesNotContain(before);
        HttpResponse<String> settings = get(client, "/settings");
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).contains("Log out");

        String logout = "csrf=" + token(settings.body());
        HttpResponse<String> out = client.send(HttpRequest.newBuilder(running.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(logout)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.headers().firstValue("Location")).hasValue("/login");
        assertThat(get(client, "/settings").statusCode()).isEqualTo(303);
    }

    @Test
    void an_old_session_id_is_not_signed_in_by_someone_elses_login() throws Exception {
        behindPassword();
        HttpClient victim = browser();
        String planted = sessionOf(get(victim, "/login"));
        login(victim, PASSWORD);

        HttpResponse<String> attacker = HttpClient.newHttpClient().send(HttpRequest.newBuilder(running.uri("/settings"))
                .header("Cookie", "cuecards_session=" + planted).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(attacker.statusCode()).isEqualTo(303);
    }

    @Test
    void wrong_passwords_are_refused_and_after_five_the_client_waits_longer_each_time() throws Exception {
        behindPassword();
        HttpClient client = browser();
        for (int miss = 1; miss <= Access.FREE_ATTEMPTS; miss++) {
            HttpResponse<String> wrong = login(client, "guess number " + miss);
            assertThat(wrong.statusCode()).as("miss %d", miss).isEqualTo(401);
            assertThat(wrong.body()).contains("not the password");
        }

        HttpResponse<String> waiting = login(client, PASSWORD);
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(get(client, "/settings").statusCode()).isEqualTo(303);

        running.clock.advance(Duration.ofSeconds(1));
        assertThat(login(client, "one more guess").statusCode()).isEqualTo(401);
        assertThat(login(client, PASSWORD).headers().firstValue("Retry-After")).hasValue("2");

        running.clock.advance(Duration.ofSeconds(2));
        assertThat(login(client, PASSWORD).statusCode()).isEqualTo(303);
        assertThat(get(client, "/settings").statusCode()).isEqualTo(200);
    }

    @Test
    void the_wait_doubles_up_to_a_quarter_of_an_hour() {
        assertThat(Access.waitAfter(4)).isZero();
        assertThat(Access.waitAfter(5)).hasSeconds(1);
        assertThat(Access.waitAfter(8)).hasSeconds(8);
        assertThat(Access.waitAfter(100)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_session_ends_after_a_week_unused_and_a_month_after_its_login() throws Exception {
        behindPassword();
        HttpClient idle = browser();
        login(idle, PASSWORD);
        HttpClient daily = browser();
        login(daily, PASSWORD);

        running.clock.advance(Access.IDLE.plusMinutes(1));
        assertThat(get(idle, "/settings").statusCode()).isEqualTo(303);

        login(daily, PASSWORD);
        for (int day = 0; day < 29; day++) {
            running.clock.advance(Duration.ofDays(1));
            assertThat(get(daily, "/settings").statusCode()).as("day %d", day + 1).isEqualTo(200);
        }
        running.clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(get(daily, "/settings").statusCode()).isEqualTo(303);
    }

    @Test
    void a_planted_cookie_with_a_token_of_the_attackers_choosing_changes_nothing() throws Exception {
        running = new RunningApp(folder, "seed.md", RunningApp.seedNote());
        HttpClient attacker = HttpClient.newHttpClient();
        HttpResponse<String> attackersPage = attacker.send(HttpRequest.newBuilder(running.uri("/settings")).build(),
                HttpResponse.BodyHandlers.ofString());
        String attackersId = sessionOf(attackersPage);
        String plantedId = "A".repeat(43);
        String form = "newCardsPerDay=99&maxReviewsPerDay=200&rolloverHour=4&desiredRetention=0.9&learningSteps=1m&relearningSteps=10m";

        for (String token : new String[] {plantedId, token(attackersPage.body()), "", attackersId}) {
            HttpResponse<String> planted = attacker.send(HttpRequest.newBuilder(running.uri("/settings"))
                    .header("Cookie", "cuecards_session=" + plantedId).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(planted.statusCode()).as("token %s", token).isEqualTo(403);
        }
        assertThat(running.study.settings().newCardsPerDay()).isEqualTo(20);

        HttpResponse<String> own = attacker.send(HttpRequest.newBuilder(running.uri("/settings"))
                .header("Cookie", "cuecards_session=" + attackersId).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&csrf=" + token(attackersPage.body()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(running.study.settings().newCardsPerDay()).isEqualTo(99);
    }

    @Test
    void an_api_call_needs_its_own_origin_or_the_pages_token() throws Exception {
        running = new RunningApp(folder, "seed.md", RunningApp.seedNote());
        HttpResponse<String> page = running.get("/review");
        String card = page.body().replaceAll("(?s).*data-card=\"([^\"]+)\".*", "$1");
        String answer = "{\"card\":\"" + card + "\",\"rating\":3,\"reps\":0}";
        HttpRequest.Builder call = HttpRequest.newBuilder(running.uri("/api/review/answer")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(answer));

        HttpResponse<String> bare = running.http.send(call.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongToken = running.http.send(call.header(Guard.TOKEN_HEADER, "A".repeat(43)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withToken = running.http.send(HttpRequest.newBuilder(running.uri("/api/review/answer"))
                .header("Content-Type", "application/json").header(Guard.TOKEN_HEADER, token(page.body()))
                .POST(HttpRequest.BodyPublishers.ofString(answer)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @Test
    void after_login_the_app_goes_only_to_its_own_pages() {
        assertThat(LoginPage.next("/notes?page=2")).isEqualTo("/notes?page=2");
        assertThat(LoginPage.next("//evil.example/")).isEqualTo("/");
        assertThat(LoginPage.next("https://evil.example/")).isEqualTo("/");
        assertThat(LoginPage.next("/\\evil.example")).isEqualTo("/");
        assertThat(LoginPage.next("/\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(LoginPage.next(null)).isEqualTo("/");
    }

    private static String sessionOf(HttpResponse<String> response) {
        Matcher session = SESSION.matcher(response.headers().firstValue("Set-Cookie").orElse(""));
        return session.find() ? session.group(1) : "";
    }
}
