package dev.cuecards.notes;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the markdown of one note into a {@link Note}. Takes the text and a path for messages; never touches the disk.
 * Whatever is wrong in the note becomes a {@link NoteProblem} on it; parsing itself does not fail.
 */
public final class NoteParser {

    private static final Parser MARKDOWN = buildParser();

    private NoteParser() {
    }

    /** The one flexmark parser: front matter, tables, and wiki links with the target first ({@code [[Target | alias]]}). */
    public static Parser markdown() {
        return MARKDOWN;
    }

    private static Parser buildParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create(), WikiLinkExtension.create()));
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        return Parser.builder(options).build();
    }

    public static Note parse(String relativePath, String text, String contentHash) {
        List<NoteProblem> problems = new ArrayList<>();
        Optional<UnclosedFrontMatter> unclosed = UnclosedFrontMatter.find(text);
        Node document = MARKDOWN.parse(unclosed.map(UnclosedFrontMatter::body).orElse(text));
        FrontMatter front = unclosed.isPresent()
                ? unclosed.get().frontMatter(relativePath, problems)
                : FrontMatter.read(document, relativePath, problems);
        ClaimCollector collector = new ClaimCollector(relativePath);
        NoteWalker walker = new NoteWalker(collector);
        walker.walkDocument(document);
        problems.addAll(collector.problems());
        List<Section> sections = walker.sections();
        String title = front.title().orElseGet(() -> fallbackTitle(relativePath, sections, problems));
        List<Claim> claims = collector.claims();
        problems.addAll(TimestampChecks.check(relativePath, claims));
        if (claims.isEmpty()) {
            problems.add(new NoteProblem(relativePath, 0, "no claims found: the note has no sentences to learn from"));
        }
        return new Note(NoteId.fromRelativePath(relativePath), relativePath, title, front.videoId(), collector.channel(),
                contentHash, sections, claims, problems);
    }

    private static String fallbackTitle(String relativePath, List<Section> sections, List<NoteProblem> problems) {
        String title = sections.isEmpty() ? fileTitle(relativePath) : sections.get(0).title();
        problems.add(new NoteProblem(relativePath, 0, "no title in the front matter; using '" + title + "'"));
        return title;
    }

    private static String fileTitle(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        String spaced = name.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? relativePath : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The front matter fields Cuecards reads. */
    record FrontMatter(Optional<String> title, Optional<VideoId> videoId) {

        static FrontMatter read(Node document, String path, List<NoteProblem> problems) {
            AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
            visitor.visit(document);
            Map<String, List<String>> data = visitor.getData();
            if (data.isEmpty()) {
                problems.add(new NoteProblem(path, 1, "no front matter: start the note with title: and videoId: between two --- lines"));
            }
            return of(data, path, problems);
        }

        static FrontMatter of(Map<String, List<String>> data, String path, List<NoteProblem> problems) {
            Optional<String> title = value(data, "title");
            Optional<String> video = value(data, "videoId");
            if (video.isEmpty()) {
                problems.add(new NoteProblem(path, 1, "missing or empty videoId: cards from this note cannot link to the video"));
            } else if (!VideoId.isValid(video.get())) {
                problems.add(new NoteProblem(path, 1, "videoId '" + video.get() + "' is not an 11-character YouTube id: cards cannot link to the video"));
            }
            return new FrontMatter(title, video.filter(VideoId::isValid).map(VideoId::new));
        }

        private static Optional<String> value(Map<String, List<String>> data, String key) {
            List<String> values = data.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
                    .map(Map.Entry::getValue).findFirst().orElse(List.of());
            return values.stream().map(FrontMatter::unquote).filter(v -> !v.isBlank()).findFirst();
        }

        private static String unquote(String value) {
            String v = value.strip();
            boolean quoted = v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
            return quoted ? v.substring(1, v.length() - 1).strip() : v;
        }
    }
}
