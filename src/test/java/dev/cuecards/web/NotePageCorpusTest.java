package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import dev.cuecards.notes.Note;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every claim of the real notes beside the checkout ({@code ../shared/corpus/dev} and {@code dev2}) reads on its note
 * page exactly as in its cards: the text of the element carrying the claim's number, timestamp links aside, is the
 * claim's text (a table row claim: its cells). Skipped, with the reason, where the corpora are missing.
 */
class NotePageCorpusTest {

    private static final Path CORPORA = Path.of("..", "shared", "corpus");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "dev2"})
    void every_claim_reads_on_its_note_page_as_in_its_cards(String corpus, @TempDir Path folder) throws Exception {
        Path vault = CORPORA.resolve(corpus).toAbsolutePath();
        assumeTrue(Files.isDirectory(vault), "the corpus " + vault + " is not beside this checkout");
        List<String> wrong = new ArrayList<>();
        int checked = 0;

        try (RunningApp app = new RunningApp(folder, vault)) {
            for (Note note : app.reading.notes()) {
                HttpResponse<String> page = app.get(Paths.note(note.id()));
                assertThat(page.statusCode()).as(note.relativePath()).isEqualTo(200);
                Map<Integer, Element> shown = claimsShown(page.body());
                for (int i = 0; i < note.claims().size(); i++) {
                    Claim claim = note.claims().get(i);
                    Element element = shown.get(i);
                    String expected = claim.role() instanceof ClaimRole.TableRow row ? String.join(" | ", row.cells()) : claim.text();
                    String actual = element == null ? "(not on the page)" : element.getTagName().equals("tr") ? cells(element) : text(element);
                    if (!actual.equals(expected)) {
                        wrong.add(note.relativePath() + " #" + i + "\n  card: " + expected + "\n  page: " + actual);
                    }
                    checked++;
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(400);
    }

    /** The elements of the note's article that carry a claim, by claim number; the article must be well-formed XML. */
    private static Map<Integer, Element> claimsShown(String html) throws Exception {
        int start = html.indexOf("<article class=\"note-text\">");
        int end = html.indexOf("</article>", start);
        String article = html.substring(start, end + "</article>".length());
        org.w3c.dom.Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(article)));
        Map<Integer, Element> claims = new HashMap<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("data-claim")) {
                Element before = claims.put(Integer.parseInt(element.getAttribute("data-claim")), element);
                assertThat(before).as("claim " + element.getAttribute("data-claim") + " shown once").isNull();
            }
        }
        return claims;
    }

    private static String cells(Element row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
            if (cell instanceof Element element) {
                cells.add(text(element));
            }
        }
        return String.join(" | ", cells);
    }

    /** The text a reader sees in the element, its timestamp links left out. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getAttribute("class").equals("stamp")) {
                continue;
            }
            text.append(child.getNodeType() == Node.TEXT_NODE ? child.getNodeValue() : text(child));
        }
        return text.toString();
    }
}
