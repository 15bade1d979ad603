package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAppTest {

    private RunningApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return app.get(path);
    }

    @Test
    void the_home_page_lists_the_notes_and_the_problems_found(@TempDir Path vault) throws Exception {
        String seed = ("---\ntitle: Data <b>Locality</b>\nvideoId: ifA0ZRiOmx0\n---\nFrom: [[acquiredfm]]\n\nRedis is an in-memory database often used as a cache by web developers <a class=\"yt-timestamp\" data-t=\"00:01:08\">[00:01:08]</a>.\n");
        String broken = ("no front matter <script>alert(1)</script>");
        app = new RunningApp(vault, "seed.md", seed, "broken.md", broken);

        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Data &lt;b&gt;Locality&lt;/b&gt;", "acquiredfm", "/review?scope=note%3Aseed",
                "broken.md", "no front matter").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void the_videos_list_comes_in_pages_and_a_bad_page_number_is_named(@TempDir Path vault) throws Exception {
        String[] notes = new String[2 * 105];
        for (int i = 0; i < 105; i++) {
            notes[2 * i] = String.format("video-%03d.md", i);
            notes[2 * i + 1] = String.format("---%ntitle: Video %03d%nvideoId: vid%08d%n---%nFrom: [[tech]]%n%nRedis keeps data "
                    + "in memory <a class=\"yt-timestamp\" data-t=\"00:01:08\">[00:01:08]</a>.%n", i, i);
        }
        app = new RunningApp(vault, notes);

        HttpResponse<String> first = get("/notes");
        HttpResponse<String> second = get("/notes?page=2");
        HttpResponse<String> beyond = get("/notes?page=99");
        HttpResponse<String> word = get("/notes?page=two");
        HttpResponse<String> zero = get("/notes?page=0");

        assertThat(first.body()).contains("105 videos, page 1 of 2", "Video 000", "Video 099", "/notes?page=2")
                .doesNotContain("Video 100");
        assertThat(second.body()).contains("Video 100", "Video 104", "/notes?page=1").doesNotContain("Video 099");
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body()).contains("Video 104");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.body()).contains("page");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.body()).contains("page starts at 1");
    }

    @Test
    void an_unknown_page_is_a_404_page_and_the_stylesheet_is_served_locally(@TempDir Path vault) throws Exception {
        app = new RunningApp(vault);

        HttpResponse<String> missing = get("/no/such/page");
        HttpResponse<String> css = get("/static/app.css");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no page at /no/such/page.");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("prefers-color-scheme: dark");
    }

    @Test
    void a_note_page_links_every_timestamp_to_its_moment_and_anchors_each_claim_by_line(@TempDir Path vault) throws Exception {
        String seed = ("---\ntitle: Data\nvideoId: ifA0ZRiOmx0\n---\n\n> [!NOTE] Importance of Data Locality\n"
                + "> Running models near the data matters <a class=\"yt-timestamp\" data-t=\"00:01:08\">[00:01:08]</a>.\n\nSee [[Target | the alias]] [00:01:12].\n\n"
                + "*   **Sagemaker**: Amazon announced it [00:00:18].\n*   **Keynotes**: A custom keynote [00:00:21].\n");
        app = new RunningApp(vault, "seed.md", seed);

        HttpResponse<String> page = get("/notes/seed");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"https://www.youtube.com/watch?v=ifA0ZRiOmx0&amp;t=68s\"", "▶ 00:01:08",
                "<p class=\"callout-title\">Importance of Data Locality</p>", "id=\"line-7\"", "<strong class=\"term\">Sagemaker</strong>", "<li id=\"line-11\" data-lines=\"11-11\">", "<li id=\"line-12\"", "the alias", "t=72s").doesNotContain("[[", "data-t");
    }

    @Test
    void hostile_html_in_a_note_renders_inert(@TempDir Path vault) throws Exception {
        String evil = ("---\ntitle: Evil\nvideoId: ifA0ZRiOmx0\n---\n\n"
                + "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) claim.\n");
        app = new RunningApp(vault, "evil.md", evil);

        HttpResponse<String> page = get("/notes/evil");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert", "<img", "onerror", "javascript:").contains(">alert(1) <span class=\"weblink\">click</span> claim.<");
    }

    @Test
    void an_unknown_note_is_a_404_page(@TempDir Path vault) throws Exception {
        app = new RunningApp(vault);

        HttpResponse<String> page = get("/notes/no-such-note");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no note with the id &#39;no-such-note&#39;.");
    }
}
