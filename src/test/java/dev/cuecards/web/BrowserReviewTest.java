package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.store.ReviewLogRepository;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Reviewing in a real headless Chromium, keyboard only, over the real app and database. */
class BrowserReviewTest {

    @TempDir
    Path folder;
    private RunningApp running;
    private ChromeDriver driver;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                Browser.screenshot(driver, "failed-" + context.getDisplayName().replaceAll("\\W+", "-"));
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }
    };

    @BeforeEach
    void start() throws Exception {
        driver = Browser.start(folder.resolve("profile"));
        running = new RunningApp(folder, "seed.md", Files.readString(seed()));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (running != null) {
            running.close();
        }
    }

    private static Path seed() throws URISyntaxException {
        return Path.of(BrowserReviewTest.class.getResource("/notes/amazon-sagemaker-and-ml-offerings.md").toURI());
    }

    private String currentCard() {
        return driver.findElement(By.id("review")).getAttribute("data-card");
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void three_cards_are_reviewed_with_the_keyboard_alone() throws Exception {
        driver.get(running.uri("/review").toString());
        Browser.screenshot(driver, "review");

        assertThat(driver.findElement(By.cssSelector(".ratings")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("answer")).isDisplayed()).isFalse();
        for (int i = 0; i < 3; i++) {
            String card = currentCard();
            press(Keys.SPACE);
            waiting().until(d -> d.findElement(By.id("answer")).isDisplayed());
            if (i == 0) {
                Browser.screenshot(driver, "review-revealed");
            }
            press("3");
            waiting().until(d -> !card.equals(d.findElement(By.id("review")).getAttribute("data-card")));
        }

        java.util.List<dev.cuecards.store.ReviewLogEntry> log = running.database.read(c -> new ReviewLogRepository(c).all());
        assertThat(log).hasSize(3);
        assertThat(driver.getCurrentUrl()).endsWith("/review");
    }

    @Test
    void the_data_locality_card_links_to_its_moment_and_its_note_highlights_the_claim() throws Exception {
        driver.get(running.uri("/review").toString());
        for (int i = 0; i < 40 && !driver.findElement(By.cssSelector(".front")).getText().toLowerCase().contains("data locality"); i++) {
            String card = currentCard();
            press("b");
            waiting().until(d -> !card.equals(d.findElement(By.id("review")).getAttribute("data-card")));
        }
        press(Keys.SPACE);
        WebElement moment = waiting().until(d -> d.findElement(By.cssSelector("a.moment")));

        assertThat(driver.findElement(By.cssSelector(".front")).getText()).containsIgnoringCase("data locality");
        assertThat(moment.getAttribute("href")).isEqualTo("https://www.youtube.com/watch?v=ifA0ZRiOmx0&t=68s");
        assertThat(driver.findElement(By.cssSelector(".watch-here")).getAttribute("data-embed"))
                .startsWith("https://www.youtube-nocookie.com/embed/ifA0ZRiOmx0?start=68");

        press("e");
        WebElement highlighted = waiting().until(d -> d.findElement(By.cssSelector(".note-text .is-source")));

        assertThat(highlighted.getText()).contains("Running machine learning models near the data");
        Browser.screenshot(driver, "note");
    }

    @Test
    void the_home_page_shows_what_is_due_and_the_study_button() throws Exception {
        driver.get(running.uri("/").toString());

        assertThat(driver.findElement(By.linkText("Study now")).getAttribute("href")).endsWith("/review");
        assertThat(driver.findElements(By.cssSelector(".activity .cell"))).hasSize(84);
        Browser.screenshot(driver, "home");
    }
}
