package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.notes.NoteDocument;
import dev.cuecards.notes.NoteParser;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class NoteRendererTest {

    private static String a(String time) {
        return "<a class=\"yt-timestamp\" data-t=\"" + time + "\">[" + time + "]</a>";
    }

    private static String render(String body) {
        NoteDocument document = NoteParser.read("n.md", "---\ntitle: N\nvideoId: abcdefghijk\n---\n\n" + body + "\n", "h");
        return NoteRenderer.render(document);
    }

    @Test
    void a_claim_reads_on_the_page_as_in_its_cards_with_its_stamp_linking_to_the_moment() {
        String html = render("Snapshots live in [[Redis#Persistence]] " + a("00:01:08") + ".");

        assertThat(html).contains("<span class=\"note-claim\" data-claim=\"0\" id=\"claim-0\">Snapshots live in <span class=\"wikilink\">Redis</span>"
                + "<a class=\"stamp\" href=\"https://www.youtube.com/watch?v=abcdefghijk&amp;t=68s\"");
        assertThat(html).doesNotContain("Persistence", "[[", "data-t");
    }

    @Test
    void every_text_is_escaped_and_the_only_links_are_the_moments() throws Exception {
        String html = render("Use `<script>alert(1)</script>` and <b onclick=\"x()\">bold</b> [site](https://evil.example) "
                + "<a href=\"https://evil.example\">there</a> & more " + a("00:00:05") + ".");

        assertThat(html).contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>", "bold", "site", "there", "&amp; more")
                .doesNotContain("<script", "onclick", "evil.example", "<b>");
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (links.find()) {
            assertThat(links.group(1)).startsWith("https://www.youtube.com/watch?v=abcdefghijk&amp;t=");
        }
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader("<div>" + html + "</div>")));
    }

    @Test
    void a_repeated_stretch_shows_as_a_repeat_and_drafting_text_as_not_read() {
        String body = "Alpha " + a("00:00:05") + ". Beta " + a("00:00:09") + ". Gamma " + a("00:00:12") + ".";
        String html = render(body + "\n\n" + body + "\n\nDone.The user wants an article.\n\n# Next\n\nAfter " + a("00:00:30") + ".");

        assertThat(html).contains("<span class=\"repeated\"", "class=\"skipped\"", "drafting text left in the note");
        assertThat(html.split("data-claim=").length - 1).isEqualTo(5);
    }
}
