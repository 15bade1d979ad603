package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A note written to attack its reader, opened in a real headless Chromium: its note page and its cards load nothing
 * from another host (images of every Markdown and HTML form included), and none of its scripts runs.
 */
class BrowserHostileNoteTest {

    @TempDir
    Path folder;
    private ChromeDriver driver;
    private RunningApp running;
    private HttpServer elsewhere;
    private final List<String> fetched = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            fetched.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        elsewhere.start();
        driver = Browser.start(folder.resolve("profile"));
        running = new RunningApp(folder, "hostile.md", hostileNote("http://127.0.0.1:" + elsewhere.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (running != null) {
            running.close();
        }
        if (elsewhere != null) {
            elsewhere.stop(0);
        }
    }

    private static String hostileNote(String remote) {
        String stamp = "<a class=\"yt-timestamp\" data-t=\"00:00:%02d\">[00:00:%02d]</a>";
        String[] lines = {
            "Amazon Redshift ![tracking pixel](" + remote + "/markdown.png) stores data in columns for analytics.",
            "Amazon Aurora ![ref image][pixel] keeps six copies of the data across three zones.",
            "DynamoDB ![[" + remote + "/wiki.png]] answers reads in single-digit milliseconds.",
            "Amazon S3 <img src=\"" + remote + "/html.png\" onerror=\"window.pwned=1\"> holds objects of up to five terabytes.",
            "Amazon ElastiCache <script>window.pwned=2</script> runs Redis and Memcached as a service.",
            "Amazon Neptune <iframe src=\"" + remote + "/frame\"></iframe> is a graph database for connected data.",
            "Amazon Timestream <svg onload=\"window.pwned=3\"><image href=\"" + remote + "/svg.png\"/></svg> stores time series.",
            "Amazon DocumentDB [a link](javascript:window.pwned=4) speaks the MongoDB protocol.",
            "Amazon Keyspaces <video poster=\"" + remote + "/poster.png\"></video> runs Apache Cassandra tables.",
            "Amazon QLDB <link rel=\"stylesheet\" href=\"" + remote + "/style.css\"> keeps an immutable ledger of changes.",
        };
        StringBuilder note = new StringBuilder("---\ntitle: \"Hostile <img src=x onerror=window.pwned=11> databases\"\n"
                + "videoId: \"dQw4w9WgXcQ\"\n---\n\n"
                + "From: [[Tests <script>window.pwned=12</script>]] <br/>\n\n"
                + "# Hostile databases\n\n## What <svg onload=window.pwned=13> each service does\n\n");
        for (int i = 0; i < lines.length; i++) {
            note.append("- ").append(lines[i]).append(' ').append(String.format(stamp, i * 5 + 5, i * 5 + 5)).append('\n');
        }
        note.append("\n> [!NOTE] Data <img src=\"").append(remote).append("/callout.png\" onerror=\"window.pwned=14\">\n")
                .append("> Amazon Redshift Spectrum queries files in S3 without loading them ").append(String.format(stamp, 58, 58)).append('\n');
        note.append("\n| service | what it does |\n| --- | --- |\n")
                .append("| **Athena** <img src=\"").append(remote).append("/cell.png\"> | runs SQL over files in S3 ")
                .append(String.format(stamp, 59, 59)).append(" |\n");
        note.append("\n[pixel]: ").append(remote).append("/reference.png\n");
        return note.toString();
    }

    private void assertNothingLoadedOrRun(String page) {
        assertThat(fetched).as("requests that reached the other host from %s", page).isEmpty();
        Object remoteElements = driver.executeScript("return Array.from(document.querySelectorAll('img,iframe,video,image,link,script,object,embed'))"
                + ".map(e => e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('poster') || '')"
                + ".filter(u => /^(https?:)?\\/\\//.test(u) && !u.startsWith(location.origin) && !/youtube-nocookie\\.com|i\\.ytimg\\.com/.test(u))");
        assertThat((List<?>) remoteElements).as("elements pointing elsewhere on %s", page).isEmpty();
        assertThat(driver.executeScript("return window.pwned === undefined")).as("no script ran on %s", page).isEqualTo(true);
        assertThat(driver.executeScript("return Array.from(document.querySelectorAll('a[href^=\"javascript:\"]')).length"))
                .as("javascript: links on %s", page).isEqualTo(0L);
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened on " + page);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void the_note_page_shows_the_claims_but_loads_no_remote_image_and_runs_no_script() throws Exception {
        Matcher link = Pattern.compile("href=\"(/notes/[^\"]+)\"").matcher(running.get("/notes").body());
        assertThat(link.find()).isTrue();

        driver.get(running.uri(link.group(1)).toString());

        assertThat(driver.getPageSource()).contains("stores data in columns for analytics", "keeps an immutable ledger of changes");
        assertNothingLoadedOrRun("the note page");
    }

    @Test
    void the_home_page_and_the_videos_list_show_a_hostile_title_and_channel_as_text() throws Exception {
        for (String page : new String[] {"/", "/notes"}) {
            driver.get(running.uri(page).toString());

            assertThat(driver.getPageSource()).as(page).contains("Hostile");
            assertNothingLoadedOrRun(page);
        }
    }

    @Test
    void the_cards_of_a_hostile_note_load_nothing_from_elsewhere_when_reviewed() throws Exception {
        driver.get(running.uri("/review").toString());
        int reviewed = 0;
        for (int card = 0; card < 5 && !driver.findElements(org.openqa.selenium.By.cssSelector("#review[data-card]")).isEmpty(); card++) {
            driver.findElement(org.openqa.selenium.By.tagName("body")).sendKeys(" ");
            assertNothingLoadedOrRun("card " + card);
            driver.findElement(org.openqa.selenium.By.tagName("body")).sendKeys("3");
            Thread.sleep(300);
            reviewed++;
        }
        assertThat(reviewed).as("cards of the hostile note reviewed").isPositive();
        assertNothingLoadedOrRun("the review page");
    }
}
