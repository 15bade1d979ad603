package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An oversized body is refused with 413 before it is read, and an upload with 415 without being parsed, in the app's
 * own page; no page is kept by a cache.
 */
class BodyLimitsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

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

    @Test
    void a_multipart_form_with_a_good_token_is_refused_as_an_upload_and_changes_nothing() throws Exception {
        int before = running.study.settings().newCardsPerDay();
        Matcher token = CSRF.matcher(running.get("/settings").body());
        assertThat(token.find()).isTrue();
        String boundary = "----cuecards";
        String body = part(boundary, "csrf", token.group(1)) + part(boundary, "newCardsPerDay", "3")
                + part(boundary, "notes", "x".repeat(300_000)) + "--" + boundary + "--\r\n";

        HttpResponse<String> upload = running.http.send(HttpRequest.newBuilder(running.uri("/settings"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).isEqualTo(415);
        assertThat(upload.body()).contains("not as uploads");
        assertThat(upload.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(running.study.settings().newCardsPerDay()).isEqualTo(before);
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413_in_the_apps_page() throws Exception {
        HttpResponse<String> big = running.postRaw("/settings", "newCardsPerDay=5&notes=" + "x".repeat(1_200_000), null);

        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("Too large");
        assertThat(big.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void pages_and_api_answers_are_never_stored_by_a_cache_but_the_stylesheet_may_be() throws Exception {
        for (String page : new String[] {"/", "/review", "/settings", "/notes", "/api/review/next", "/no/such/page"}) {
            assertThat(running.get(page).headers().firstValue("Cache-Control")).as(page).contains("no-store");
        }
        assertThat(running.get("/static/app.css").headers().allValues("Cache-Control")).noneMatch(v -> v.contains("no-store"));
    }

    @Test
    void a_body_over_the_limit_sent_without_its_length_is_refused_with_413_as_a_page_or_as_json() throws Exception {
        String page = running.get("/settings").body();
        java.util.regex.Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        byte[] form = ("newCardsPerDay=5&csrf=" + token.group(1) + "&padding=" + "a".repeat(1_500_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] json = ("{\"card\":\"" + "a".repeat(1_500_000) + "\",\"rating\":3,\"reps\":0}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        java.net.http.HttpResponse<String> formResponse = running.http.send(java.net.http.HttpRequest.newBuilder(running.uri("/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> jsonResponse = running.http.send(java.net.http.HttpRequest.newBuilder(running.uri("/api/review/answer"))
                .header("Content-Type", "application/json").header("Origin", "http://127.0.0.1:" + running.app.port())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(json))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(formResponse.statusCode()).isEqualTo(413);
        assertThat(formResponse.body()).contains("Too large", "at most 1000 kB");
        assertThat(formResponse.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(jsonResponse.statusCode()).isEqualTo(413);
        assertThat(jsonResponse.body()).startsWith("{\"error\":").contains("at most 1000 kB");
        assertThat(running.study.settings().newCardsPerDay()).isEqualTo(20);
    }

    @Test
    void requests_the_server_refuses_before_the_app_get_its_headers_and_no_insides() throws Exception {
        String port = String.valueOf(running.app.port());
        String[] requests = {
            "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "NONSENSE\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "a".repeat(20_000) + "\r\n\r\n",
        };
        for (String request : requests) {
            String response = raw(request);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            String label = request.substring(0, Math.min(30, request.length()));

            assertThat(head).as(label).matches("(?s)HTTP/1.1 4\\d\\d .*")
                    .contains("Content-Security-Policy: default-src 'self'", "frame-ancestors 'none'", "X-Content-Type-Options: nosniff",
                            "Referrer-Policy: same-origin", "Cache-Control: no-store");
            assertThat(response).as(label).contains("Cuecards could not read this request")
                    .doesNotContain("jetty", "Jetty", "badMessage", "Exception", port + "/");
        }
    }

    private String raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", running.app.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    read.write(buffer, 0, n);
                    if (read.toString(java.nio.charset.StandardCharsets.ISO_8859_1).contains("</html>")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // what came is what is checked
            }
            return read.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
