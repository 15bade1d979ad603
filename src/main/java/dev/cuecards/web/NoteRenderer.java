package dev.cuecards.web;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.cuecards.notes.NoteParser;
import dev.cuecards.notes.Timestamp;
import dev.cuecards.notes.VideoId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a note's markdown as HTML for its page. Note text is untrusted: every piece of HTML in it is escaped, and
 * only web and mail links survive. Each timestamp becomes a link to its moment, and every paragraph, list item,
 * heading, quote and table row carries {@code id="line-N"} for its source line, so a card's "source note" link lands
 * on its claim.
 */
final class NoteRenderer {

    private static final Pattern ANCHOR = Pattern.compile("<a\\b[^>\\n]*data-t\\s*=\\s*[\"']?([^\"'>\\s]*)[^>\\n]*>(?:[^<\\n]{0,80}?</a\\s*>)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_TIME = Pattern.compile("\\[(\\d{1,3}:\\d{2}(?::\\d{2})?)\\](?![(\\[])");
    private static final Pattern TRANSCLUSION = Pattern.compile("!\\[\\[[^\\]\\n]*\\]\\]");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]\\n]+?)\\]\\]");
    private static final Pattern CALLOUT = Pattern.compile("(?m)^(\\s*>\\s*)\\[!([A-Za-z][\\w -]*?)\\][+-]?\\s*(.*)$");
    private static final Pattern CHANNEL_LINE = Pattern.compile("(?mi)^from\\s*:.*$");
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n[\\s\\S]*?\\r?\\n(?:---|\\.\\.\\.)\\s*(?:\\r?\\n|\\z)");
    private static final HtmlRenderer HTML = HtmlRenderer.builder(options()).attributeProviderFactory(new LineIds()).build();

    private NoteRenderer() {
    }

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(?!https?:|mailto:).*");
        return options;
    }

    static String render(String markdown, Optional<VideoId> video) {
        String text = blankFrontMatter(markdown);
        text = replace(ANCHOR, text, m -> timeLink(m.group(1), video));
        text = replace(BARE_TIME, text, m -> timeLink(m.group(1), video));
        text = TRANSCLUSION.matcher(text).replaceAll("");
        text = replace(WIKI_LINK, text, m -> {
            String[] parts = m.group(1).split("\\|");
            return parts[parts.length - 1].strip();
        });
        text = replace(CALLOUT, text, m -> m.group(1) + "**" + (m.group(3).isBlank() ? capitalised(m.group(2)) : m.group(3).strip()) + "**\\");
        text = CHANNEL_LINE.matcher(text).replaceFirst("");
        text = LINE_BREAK.matcher(text).replaceAll("");
        return HTML.render(NoteParser.markdown().parse(text));
    }

    /** Front matter lines become empty lines, so the line numbers of everything after them stay the same. */
    private static String blankFrontMatter(String markdown) {
        Matcher m = FRONT_MATTER.matcher(markdown);
        return m.find() ? "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()) + markdown.substring(m.end()) : markdown;
    }

    private static String timeLink(String time, Optional<VideoId> video) {
        Optional<Integer> seconds = Timestamp.parseSeconds(time);
        if (seconds.isEmpty()) {
            return "";
        }
        String label = "▶ " + new Timestamp(seconds.get(), 1).hhmmss();
        return video.map(v -> " [" + label + "](" + v.url(seconds.get()) + ")").orElse(" `" + label + "`");
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The last source line of a block, up to where its nested lists begin. */
    private static int lastLine(Node node) {
        Node end = node instanceof ListItem && node.getFirstChild() != null ? node.getFirstChild() : node;
        return end.getEndLineNumber() + 1;
    }

    /** Gives each block its source line as an id and its lines as data-lines, and every outside link a new tab. */
    private static final class LineIds extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                boolean block = node instanceof Paragraph || node instanceof ListItem || node instanceof Heading || node instanceof TableRow;
                boolean ownTag = part == AttributablePart.NODE || node instanceof ListItem && part != AttributablePart.LINK;
                if (block && ownTag && !(node instanceof Paragraph && node.getParent() instanceof ListItem)) {
                    int first = node.getStartLineNumber() + 1;
                    int last = lastLine(node);
                    attributes.replaceValue("id", "line-" + first);
                    attributes.replaceValue("data-lines", first + "-" + last);
                }
                if (node instanceof com.vladsch.flexmark.ast.Link && part == AttributablePart.LINK) {
                    attributes.replaceValue("target", "_blank");
                    attributes.replaceValue("rel", "noopener noreferrer");
                }
            };
        }
    }
}
