package dev.cuecards.notes;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a note's blocks (headings, paragraphs, lists, quotes, callouts, tables, code, HTML) as flexmark parsed
 * them, reading each block's inline pieces once: its sentences become claims through the {@link ClaimCollector}, and
 * the same pieces make the {@link Block}s of the note page.
 */
final class NoteWalker {

    private static final Pattern CALLOUT_MARKER = Pattern.compile("^\\s*\\[!([A-Za-z][\\w -]{0,30}?)\\][+-]?\\s*");
    private static final Pattern FENCE_OPEN = Pattern.compile("^\\s*:::+\\s*([A-Za-z][\\w-]{0,30})\\s*");
    private static final Pattern FENCE_CLOSE = Pattern.compile("^\\s*:::+\\s*$");
    private static final Pattern CHANNEL_LINE = Pattern.compile("^\\s*from\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREAMBLE = Pattern.compile(
            "^\\s*(here\\s+is|here's|here\\s+are|below\\s+is|the\\s+following\\s+is)\\b.{0,80}:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALLOUT_DIV = Pattern.compile("^\\s*<div\\b[^>]{0,200}?class\\s*=\\s*[\"']([^\"']{0,100})[\"'][^>]{0,200}>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE_LINE_BOLD = Pattern.compile("^\\s*(\\*\\*|__)(.{1,200}?)\\1\\s*:?\\s*$");
    private static final int LONGEST_TITLE_WORDS = 12;

    private final Reading reading;
    private final ClaimCollector collector;
    private final Sections sections = new Sections();
    private InlineReader inline;
    private int base;
    private Map<String, List<String>> frontMatter;
    private Node lastParagraph;
    private String lastParagraphText = "";

    NoteWalker(Reading reading, ClaimCollector collector) {
        this.reading = reading;
        this.collector = collector;
    }

    List<Section> sections() {
        return sections.all();
    }

    /** The front matter fields, when the note opens with front matter. */
    Optional<Map<String, List<String>>> frontMatter() {
        return Optional.ofNullable(frontMatter);
    }

    List<Block> walk(List<ParseUnits.Unit> units) {
        Container top = new Container(new ClaimRole.Sentence(), true);
        for (ParseUnits.Unit unit : units) {
            walkText(unit.text(), unit.offset(), top, Flexmark::parse);
        }
        return top.close();
    }

    /** Parses a stretch of the note and walks it into {@code into}. A stretch flexmark cannot parse is read line by line. */
    private void walkText(String text, int offset, Container into, Function<String, Document> parser) {
        Document document;
        try {
            document = parser.apply(text);
        } catch (StackOverflowError | RuntimeException e) {
            readLineByLine(text, offset, into, parser, e);
            return;
        }
        InlineReader savedInline = inline;
        int savedBase = base;
        inline = new InlineReader(reading, offset);
        base = offset;
        try {
            if (frontMatter == null && offset == 0 && document.getFirstChild() instanceof YamlFrontMatterBlock) {
                AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
                visitor.visit(document);
                frontMatter = visitor.getData();
            }
            walkChildren(document, into);
        } catch (StackOverflowError e) {
            reading.report(reading.line(offset), "the markup here nests too deeply to read; the rest of lines "
                    + reading.line(offset) + "–" + reading.line(offset + text.length()) + " is not read");
        } finally {
            inline = savedInline;
            base = savedBase;
        }
    }

    private void readLineByLine(String text, int offset, Container into, Function<String, Document> parser, Throwable cause) {
        int first = reading.line(offset);
        if (!text.contains("\n")) {
            reading.report(first, "this line could not be read (" + cause.getClass().getSimpleName() + "); it makes no claim");
            return;
        }
        reading.report(first, "lines " + first + "–" + reading.line(offset + text.length() - 1)
                + " could not be read as one piece (" + cause.getClass().getSimpleName() + "); they are read line by line");
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            walkText(text.substring(start, end), offset + start, into, parser);
            start = end;
        }
    }

    private void walkChildren(Node parent, Container into) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, into);
        }
    }

    private void walk(Node node, Container into) {
        if (node instanceof Heading heading) {
            heading(heading, into);
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, into);
        } else if (node instanceof BlockQuote quote) {
            blockQuote(quote, into);
        } else if (node instanceof ListBlock list) {
            into.add(list(list, leadInBefore(list), 1));
        } else if (node instanceof TableBlock table) {
            into.add(new TableReader(collector, inline, reading, sections.path()).read(table, base));
        } else if (node instanceof FencedCodeBlock fenced) {
            fencedCode(fenced, into);
        } else if (node instanceof IndentedCodeBlock code) {
            indentedCode(code, into);
        } else if (node instanceof HtmlBlock html) {
            htmlBlock(html, into);
        } else if (node instanceof ThematicBreak) {
            into.add(new Block.Rule(line(node)));
        } else if (!(node instanceof YamlFrontMatterBlock || node instanceof HtmlCommentBlock || node instanceof Reference)) {
            walkChildren(node, into);
        }
    }

    private void heading(Heading heading, Container into) {
        List<Inline> pieces = inline.read(heading);
        SentenceText title = SentenceText.of(pieces);
        if (heading.isSetextHeading() && looksLikeProse(title)) {
            emitRun(pieces, line(heading), into, into.paragraphRole());
            into.add(new Block.Rule(reading.line(base + heading.getEndOffset() - 1)));
            return;
        }
        if (title.isEmpty()) {
            collector.orphanStamps(title.stamps());
            return;
        }
        sections.enter(heading.getLevel(), title.text(), line(heading));
        int draft = title.stamps().isEmpty() ? -1 : collector.emitWhole(title.text(), title.stamps(), sections.path(),
                new ClaimRole.Heading(), line(heading), title.wikiLinks(), title.boldTerms());
        into.add(new Block.Heading(heading.getLevel(), new Span(title.pieces(), draft, false), line(heading)));
    }

    /** A paragraph underlined with {@code ---} that reads as sentences is a paragraph and a rule, not a heading. */
    private static boolean looksLikeProse(SentenceText title) {
        String text = title.text();
        int words = text.isBlank() ? 0 : text.split(" ").length;
        return words >= 8 && (text.endsWith(".") || !title.stamps().isEmpty());
    }

    private void paragraph(Paragraph paragraph, Container into) {
        if (BoundedInlineParser.isPathological(paragraph.getChars())) {
            reading.report(line(paragraph), String.format(Locale.ROOT, "a paragraph of %,d characters, nearly every sixth one a [, <, `, ! or &;"
                    + " it is read as plain text, its markup left as it stands", paragraph.getTextLength()));
        }
        List<PieceLines.Line> lines = PieceLines.split(inline.read(paragraph), reading);
        if (into.top && !collector.hasClaims()) {
            lines = withoutChannelAndPreamble(lines, into);
        }
        List<PieceLines.Line> run = new ArrayList<>();
        boolean emitted = false;
        for (PieceLines.Line line : lines) {
            String plain = line.plain();
            Matcher open = FENCE_OPEN.matcher(plain);
            if ((into.fence == null || into.fence.div()) && open.lookingAt()) {
                emitted |= emitLines(run, into);
                run = new ArrayList<>();
                List<Inline> title = PieceLines.dropChars(withoutLeadingSpace(line.pieces()), open.end());
                into.openFence(open.group(1).toLowerCase(Locale.ROOT), titleSpan(title), line.number(), false);
            } else if (into.fence != null && !into.fence.div() && FENCE_CLOSE.matcher(plain).matches()) {
                emitted |= emitLines(run, into);
                run = new ArrayList<>();
                into.closeFence();
            } else {
                run.add(line);
            }
        }
        emitted |= emitLines(run, into);
        if (emitted) {
            lastParagraph = paragraph;
            lastParagraphText = collector.lastText();
        }
    }

    /** Takes the leading {@code From: [[channel]]} line as the channel, and reports a preamble such as "Here is the article:". */
    private List<PieceLines.Line> withoutChannelAndPreamble(List<PieceLines.Line> lines, Container into) {
        int skip = 0;
        while (skip < lines.size()) {
            PieceLines.Line line = lines.get(skip);
            String plain = line.plain();
            Matcher from = CHANNEL_LINE.matcher(plain);
            if (from.lookingAt() && collector.channel().isEmpty()) {
                collector.channel(plain.substring(from.end()).strip());
                collector.orphanStamps(placedAtStart(PieceLines.stamps(line.pieces())));
            } else if (plain.length() <= 200 && PREAMBLE.matcher(plain).matches()) {
                reading.report(line.number(), "'" + plain + "' introduces the note rather than saying something; it makes no claim");
                into.add(new Block.Paragraph(List.of(Span.plain(line.pieces())), line.number(), line.number()));
            } else {
                break;
            }
            skip++;
        }
        return lines.subList(skip, lines.size());
    }

    private boolean emitLines(List<PieceLines.Line> lines, Container into) {
        if (lines.isEmpty()) {
            return false;
        }
        List<Inline> pieces = PieceLines.join(lines);
        if (Whitespace.isBlank(Plain.of(pieces)) && PieceLines.stamps(pieces).isEmpty()) {
            return false;
        }
        return emitRun(pieces, lines.get(0).number(), into, into.paragraphRole()) > 0;
    }

    /** Makes a paragraph block of the pieces' sentences; returns how many claims they made. */
    private int emitRun(List<Inline> pieces, int firstLine, Container into, ClaimRole role) {
        return emitSentences(pieces, firstLine, into, role, List.of());
    }

    private int emitSentences(List<Inline> pieces, int firstLine, Container into, ClaimRole role, List<Inline.Link> termLinks) {
        List<List<Leaves.Leaf>> split = Sentences.split(pieces);
        List<SentenceText> sentences = new ArrayList<>();
        for (List<Leaves.Leaf> leaves : split) {
            sentences.add(SentenceText.ofLeaves(leaves));
        }
        List<Integer> drafts = collector.emit(sentences, sections.path(), role, termLinks);
        List<Span> spans = new ArrayList<>();
        int made = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).isEmpty()) {
                spans.add(new Span(sentences.get(i).pieces(), drafts.get(i), endsWithHardBreak(split.get(i))));
                made += drafts.get(i) >= 0 ? 1 : 0;
            }
        }
        int lastLine = pieces.isEmpty() ? firstLine : reading.line(pieces.get(pieces.size() - 1).start());
        if (!spans.isEmpty()) {
            into.add(new Block.Paragraph(spans, firstLine, lastLine));
        }
        return made;
    }

    private static boolean endsWithHardBreak(List<Leaves.Leaf> leaves) {
        for (int i = leaves.size() - 1; i >= 0; i--) {
            Inline piece = leaves.get(i).piece();
            if (piece instanceof Inline.Break b) {
                if (b.hard()) {
                    return true;
                }
            } else if (!(piece instanceof Inline.Stamp || piece instanceof Inline.Text t && Whitespace.isBlank(t.text()))) {
                return false;
            }
        }
        return false;
    }

    private void blockQuote(BlockQuote quote, Container into) {
        Node first = quote.getFirstChild();
        boolean marked = first instanceof Paragraph paragraph && !paragraph.getContentLines().isEmpty()
                && CALLOUT_MARKER.matcher(paragraph.getContentLines().get(0)).lookingAt();
        if (!marked) {
            Container inner = new Container(into.role instanceof ClaimRole.Callout ? into.role : new ClaimRole.Quote(), false);
            walkChildren(quote, inner);
            into.add(new Block.Quote(inner.close(), line(quote)));
            return;
        }
        Paragraph paragraph = (Paragraph) first;
        List<Inline> markerPieces = withoutLeadingSpace(inline.readFirstLine(paragraph));
        Matcher m = CALLOUT_MARKER.matcher(Plain.of(markerPieces));
        boolean matched = m.lookingAt();
        String type = matched ? m.group(1).strip().toLowerCase(Locale.ROOT) : "note";
        List<Inline> rest = matched ? PieceLines.dropChars(markerPieces, m.end()) : markerPieces;
        Optional<Span> title = Optional.empty();
        boolean restIsBody = isBody(rest);
        if (!restIsBody) {
            title = titleSpan(rest);
        }
        Container callout = new Container(new ClaimRole.Callout(type, title.map(t -> Plain.of(t.pieces())).map(Whitespace::collapse)), false);
        if (restIsBody) {
            emitLines(List.of(new PieceLines.Line(rest, line(paragraph))), callout);
        }
        int markerLine = line(paragraph);
        int bodyEnd = base + paragraph.getEndOffset();
        if (paragraph.getContentLines().size() > 1 && reading.lineStart(markerLine + 1) < bodyEnd) {
            int bodyStart = reading.lineStart(markerLine + 1);
            walkText(withoutQuoteMarks(reading.text().substring(bodyStart, bodyEnd)), bodyStart, callout, Flexmark::parse);
        }
        for (Node child = first.getNext(); child != null; child = child.getNext()) {
            walk(child, callout);
        }
        into.add(new Block.Callout(type, title, callout.close(), line(quote)));
    }

    /**
     * The lines of a quote with their first {@code >} (and the space after it) turned into spaces, so they parse as
     * what the quote holds while every character keeps its place.
     */
    private static String withoutQuoteMarks(String lines) {
        StringBuilder out = new StringBuilder(lines);
        int lineStart = 0;
        while (lineStart < out.length()) {
            int i = lineStart;
            while (i < out.length() && i - lineStart < 3 && out.charAt(i) == ' ') {
                i++;
            }
            if (i < out.length() && out.charAt(i) == '>') {
                out.setCharAt(i, ' ');
            }
            int end = out.indexOf("\n", lineStart);
            lineStart = end < 0 ? out.length() : end + 1;
        }
        return out.toString();
    }

    /** Text on a callout's marker line is its body, not its title, when it carries a stamp or reads as sentences. */
    private static boolean isBody(List<Inline> rest) {
        String text = Whitespace.collapse(Plain.of(rest));
        int words = text.isEmpty() ? 0 : text.split(" ").length;
        boolean sentence = words > 3 && (text.endsWith(".") || text.endsWith("!"));
        return !PieceLines.stamps(rest).isEmpty() || sentence || words > LONGEST_TITLE_WORDS;
    }

    /** A title: its text made ready, its stamps given to the claim before it. */
    private Optional<Span> titleSpan(List<Inline> pieces) {
        SentenceText title = SentenceText.of(pieces);
        collector.orphanStamps(title.stamps());
        return title.isEmpty() ? Optional.empty() : Optional.of(Span.plain(withoutStamps(title.pieces())));
    }

    private Block.ListBlock list(ListBlock list, Optional<String> leadIn, int depth) {
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
        List<Block.Item> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(listItem(item, list instanceof OrderedList ? number++ : 0, leadIn, depth));
            }
        }
        return new Block.ListBlock(list instanceof OrderedList, list instanceof OrderedList ordered ? ordered.getStartNumber() : 1,
                items, line(list));
    }

    private Block.Item listItem(ListItem item, int number, Optional<String> leadIn, int depth) {
        ItemRole itemRole = new ItemRole(number, leadIn, depth);
        Node first = item.getFirstChild();
        Container content = new Container(itemRole.plain(), false);
        Optional<Span> term = Optional.empty();
        Optional<String> nestedLeadIn = Optional.empty();
        if (first instanceof Paragraph paragraph) {
            List<Inline> pieces = inline.read(paragraph);
            Optional<BoldTerm> bold = BoldTerm.find(pieces);
            ClaimRole role = bold.map(b -> itemRole.withTerm(b.term())).orElse(itemRole.plain());
            content = new Container(role, false);
            int before = collector.draftCount();
            emitSentences(bold.map(BoldTerm::rest).orElse(pieces), line(paragraph), content, role,
                    bold.map(BoldTerm::links).orElse(List.of()));
            String firstText = collector.draftCount() > before ? collector.lastText() : "";
            term = bold.map(b -> Span.plain(withoutStamps(b.shown().content())));
            nestedLeadIn = bold.map(BoldTerm::term).or(() -> Optional.of(firstText).filter(t -> t.endsWith(":")));
            first = first.getNext();
        }
        for (Node child = first; child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                content.add(list(nested, nestedLeadIn.map(NoteWalker::withoutColon), depth + 1));
            } else {
                walk(child, content);
            }
        }
        return new Block.Item(term, content.close(), line(item), reading.line(base + item.getEndOffset() - 1));
    }

    private Optional<String> leadInBefore(ListBlock list) {
        if (list.getPrevious() == null || list.getPrevious() != lastParagraph) {
            return Optional.empty();
        }
        return Optional.of(lastParagraphText).filter(t -> t.endsWith(":")).map(NoteWalker::withoutColon);
    }

    /** Code, or, in a {@code ```markdown} fence, the note itself (some generators wrap the whole body in one). */
    private void fencedCode(FencedCodeBlock fenced, Container into) {
        String language = fenced.getInfo().toString().strip().toLowerCase(Locale.ROOT);
        if (language.equals("markdown") || language.equals("md") || language.isEmpty() && holdsNoteText(fenced)) {
            walkText(fenced.getContentChars().toString(), base + fenced.getContentChars().getStartOffset(), into, Flexmark::parse);
            return;
        }
        into.add(new CodeReader(reading, collector).read(language, fenced.getContentLines(), base, line(fenced) + 1, sections.path()));
    }

    /**
     * Indented text holding timestamp anchors is prose indented by mistake (often HTML a generator indented), not
     * code: each of its lines is read as text. Other indented code stays code.
     */
    private void indentedCode(IndentedCodeBlock code, Container into) {
        boolean anchored = code.getContentLines().stream().anyMatch(l -> l.indexOf("data-t") >= 0 || l.indexOf("<a ") >= 0);
        if (!anchored) {
            into.add(new CodeReader(reading, collector).read("", code.getContentLines(), base, line(code), sections.path()));
            return;
        }
        for (com.vladsch.flexmark.util.sequence.BasedSequence content : code.getContentLines()) {
            String text = content.toString().stripTrailing();
            int indent = text.length() - text.stripLeading().length();
            if (!text.isBlank()) {
                walkText(text.substring(indent), base + content.getStartOffset() + indent, into, Flexmark::parseHtmlAsText);
            }
        }
    }

    /** An unlabelled fence around timestamped markdown (wiki links, headings, bullets) holds the note, not code. */
    private static boolean holdsNoteText(FencedCodeBlock fenced) {
        String content = fenced.getContentChars().toString();
        boolean stamped = content.contains("yt-timestamp") || content.contains("data-t=");
        boolean markdown = content.contains("[[") || content.contains("\n#") || content.startsWith("#") || content.contains("\n* ")
                || content.contains("\n- ") || content.contains("**");
        return stamped && markdown;
    }

    /**
     * A {@code <div class="callout">} becomes a callout, up to its {@code </div>}: in the same block, or in a later
     * one when blank lines part them (or at the note's end when it never closes). Any other HTML block is read for
     * the text inside its tags.
     */
    private void htmlBlock(HtmlBlock html, Container into) {
        String chars = html.getChars().toString();
        int offset = base + html.getStartOffset();
        if (into.fence != null && into.fence.div() && chars.stripLeading().toLowerCase(Locale.ROOT).startsWith("</div")) {
            into.closeFence();
            int after = chars.indexOf('>');
            if (after >= 0 && after + 1 < chars.length() && !Whitespace.isBlank(chars.substring(after + 1))) {
                walkText(chars.substring(after + 1), offset + after + 1, into, Flexmark::parse);
            }
            return;
        }
        int firstLineEnd = chars.indexOf('\n');
        Matcher div = CALLOUT_DIV.matcher(firstLineEnd < 0 ? chars : chars.substring(0, firstLineEnd));
        if (!div.lookingAt() || !div.group(1).toLowerCase(Locale.ROOT).contains("callout")) {
            walkText(chars, offset, into, Flexmark::parseHtmlAsText);
            return;
        }
        int innerStart = div.end();
        int close = chars.toLowerCase(Locale.ROOT).indexOf("</div", innerStart);
        int innerEnd = close < 0 ? chars.length() : close;
        String inner = chars.substring(innerStart, innerEnd);
        int titleEnd = 0;
        Optional<Span> title = Optional.empty();
        int lineStart = 0;
        while (lineStart < inner.length() && Whitespace.isBlank(inner.substring(lineStart, lineEndOf(inner, lineStart)))) {
            lineStart = lineEndOf(inner, lineStart) + 1;
        }
        if (lineStart < inner.length() && WHOLE_LINE_BOLD.matcher(inner.substring(lineStart, lineEndOf(inner, lineStart))).matches()) {
            String titleLine = inner.substring(lineStart, lineEndOf(inner, lineStart));
            title = titleSpan(readLine(titleLine, offset + innerStart + lineStart));
            titleEnd = Math.min(inner.length(), lineEndOf(inner, lineStart) + 1);
        }
        String type = calloutType(div.group(1));
        if (close < 0) {
            into.openFence(type, title, line(html), true);
            walkText(inner.substring(titleEnd), offset + innerStart + titleEnd, into, Flexmark::parse);
            return;
        }
        Container callout = new Container(new ClaimRole.Callout(type, title.map(t -> Whitespace.collapse(Plain.of(t.pieces())))), false);
        walkText(inner.substring(titleEnd), offset + innerStart + titleEnd, callout, Flexmark::parse);
        into.add(new Block.Callout(type, title, callout.close(), line(html)));
        int after = chars.indexOf('>', close);
        if (after >= 0 && after + 1 < chars.length() && !Whitespace.isBlank(chars.substring(after + 1))) {
            walkText(chars.substring(after + 1), offset + after + 1, into, Flexmark::parse);
        }
    }

    /** {@code callout note} is a note, {@code callout callout-warning} a warning, a bare {@code callout} a callout. */
    private static String calloutType(String classes) {
        for (String name : classes.toLowerCase(Locale.ROOT).split("\\s+")) {
            String type = name.replaceFirst("^callout-?", "");
            if (!type.isEmpty()) {
                return type;
            }
        }
        return "callout";
    }

    /** The pieces of one line of text (a callout title), with its bold taken as the title itself. */
    private List<Inline> readLine(String line, int offset) {
        Document document = Flexmark.parseHtmlAsText(line);
        InlineReader reader = new InlineReader(reading, offset);
        List<Inline> pieces = document.getFirstChild() == null ? List.of() : reader.read(document.getFirstChild());
        List<Inline> inner = new ArrayList<>();
        for (Inline piece : pieces) {
            if (piece instanceof Inline.Emphasis e && e.strong()) {
                inner.addAll(e.content());
            } else if (!(piece instanceof Inline.Text t && t.text().strip().equals(":"))) {
                inner.add(piece);
            }
        }
        return inner;
    }

    private static int lineEndOf(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static List<Inline> withoutLeadingSpace(List<Inline> pieces) {
        List<Inline> out = new ArrayList<>(pieces);
        while (!out.isEmpty() && out.get(0) instanceof Inline.Text t && Whitespace.isBlank(t.text())) {
            out.remove(0);
        }
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
            String stripped = t.text().stripLeading();
            out.set(0, new Inline.Text(stripped, t.end() - stripped.length(), t.end()));
        }
        return out;
    }

    private static List<Inline> withoutStamps(List<Inline> pieces) {
        List<Inline> out = new ArrayList<>();
        for (Inline piece : pieces) {
            if (piece instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(e.strong(), withoutStamps(e.content()), e.start(), e.end()));
            } else if (!(piece instanceof Inline.Stamp)) {
                out.add(piece);
            }
        }
        return out;
    }

    private static List<SentenceText.Placed> placedAtStart(List<Inline.Stamp> stamps) {
        return stamps.stream().map(s -> new SentenceText.Placed(s, 0)).toList();
    }

    private static String withoutColon(String text) {
        return text.replaceFirst("\\s*:$", "");
    }

    private int line(Node node) {
        return reading.line(base + node.getStartOffset());
    }

    /** Where the walk puts blocks, the role its plain paragraphs take, and a {@code :::} callout left open in it. */
    private static final class Container {
        final ClaimRole role;
        final boolean top;
        final List<Block> blocks = new ArrayList<>();
        OpenFence fence;

        Container(ClaimRole role, boolean top) {
            this.role = role;
            this.top = top;
        }

        void add(Block block) {
            (fence != null ? fence.blocks : blocks).add(block);
        }

        ClaimRole paragraphRole() {
            return fence != null && !(role instanceof ClaimRole.Callout) ? fence.role() : role;
        }

        void openFence(String type, Optional<Span> title, int line, boolean div) {
            closeFence();
            fence = new OpenFence(type, title, line, new ArrayList<>(), div);
        }

        void closeFence() {
            if (fence != null) {
                OpenFence closing = fence;
                fence = null;
                blocks.add(new Block.Callout(closing.type(), closing.title(), closing.blocks(), closing.line()));
            }
        }

        List<Block> close() {
            closeFence();
            return blocks;
        }
    }

    /** A callout opened by {@code :::type} (closed by {@code :::}) or by a {@code <div>} left open (closed by {@code </div>}). */
    private record OpenFence(String type, Optional<Span> title, int line, List<Block> blocks, boolean div) {
        ClaimRole.Callout role() {
            return new ClaimRole.Callout(type, title.map(t -> Whitespace.collapse(Plain.of(t.pieces()))));
        }
    }
}
