package dev.cuecards.notes;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a note's block structure (headings, paragraphs, lists, quotes, callouts, tables, code, HTML blocks) and
 * hands each run of text, with the role its place gives it, to the {@link ClaimCollector}.
 */
final class NoteWalker {

    private static final Pattern CALLOUT_MARKER = Pattern.compile("^\\s*\\[!([A-Za-z][\\w -]*?)\\][+-]?\\s*(.*)$");
    private static final Pattern FENCE_OPEN = Pattern.compile("^\\s*:::+\\s*([A-Za-z][\\w-]*)\\s*(.*)$");
    private static final Pattern FENCE_CLOSE = Pattern.compile("^\\s*:::+\\s*$");
    private static final Pattern CALLOUT_DIV = Pattern.compile("^\\s*<div\\b[^>]*class\\s*=\\s*[\"'][^\"']*callout[^\"']*[\"'][^>]*>(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIV_CLOSE = Pattern.compile("</div\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE_LINE_BOLD = Pattern.compile("^\\s*(\\*\\*|__)(.+?)\\1\\s*:?\\s*$");

    private final ClaimCollector collector;
    private final Sections sections = new Sections();
    private int lineOffset;
    private Node lastParagraph;
    private String lastParagraphText = "";
    private ClaimRole.Callout openFence;

    NoteWalker(ClaimCollector collector) {
        this.collector = collector;
    }

    List<Section> sections() {
        return sections.all();
    }

    void walkDocument(Node document) {
        walkChildren(document, Frame.TOP);
    }

    private void walkChildren(Node parent, Frame frame) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, frame);
        }
    }

    private void walk(Node node, Frame frame) {
        if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof Paragraph paragraph) {
            int before = collector.emitted();
            paragraph(lines(paragraph), line(paragraph), frame);
            if (collector.emitted() != before) {
                lastParagraph = paragraph;
                lastParagraphText = collector.lastText();
            }
        } else if (node instanceof BlockQuote quote) {
            blockQuote(quote, frame);
        } else if (node instanceof ListBlock list) {
            list(list, frame, leadInBefore(list), 1);
        } else if (node instanceof TableBlock table) {
            new TableReader(collector, sections.path()).read(table, lineOffset);
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            code((Block) node);
        } else if (node instanceof HtmlBlock html) {
            htmlBlock(lines(html), line(html), frame);
        } else if (!(node instanceof YamlFrontMatterBlock || node instanceof ThematicBreak || node instanceof HtmlCommentBlock)) {
            walkChildren(node, frame);
        }
    }

    private void heading(Heading heading) {
        InlineText.Result inline = collector.scan(List.of(heading.getText().toString()), line(heading));
        String title = inline.render(inline.marked());
        if (title.isEmpty()) {
            collector.orphanStamps(inline.stamps());
            return;
        }
        sections.enter(heading.getLevel(), title, line(heading));
        if (!inline.stamps().isEmpty()) {
            collector.emitWhole(inline, title, sections.path(), new ClaimRole.Heading());
        }
    }

    /** A paragraph's lines, after taking out the channel line, a preamble and {@code :::} callout fences. */
    private void paragraph(List<String> lines, int firstLine, Frame frame) {
        List<String> remaining = frame == Frame.TOP && !collector.hasContent()
                ? collector.takeChannelAndPreamble(lines) : lines;
        int skipped = lines.size() - remaining.size();
        List<String> run = new ArrayList<>();
        int runStart = firstLine + skipped;
        for (int i = 0; i < remaining.size(); i++) {
            String line = remaining.get(i);
            Matcher open = FENCE_OPEN.matcher(line);
            boolean closes = openFence != null && FENCE_CLOSE.matcher(line).matches();
            if (closes || openFence == null && open.matches()) {
                emitRun(run, runStart, frame);
                openFence = closes ? null : fenceCallout(open, firstLine + skipped + i);
                run = new ArrayList<>();
                runStart = firstLine + skipped + i + 1;
            } else {
                run.add(line);
            }
        }
        emitRun(run, runStart, frame);
    }

    private void emitRun(List<String> run, int firstLine, Frame frame) {
        if (run.stream().allMatch(String::isBlank)) {
            return;
        }
        ClaimRole role = openFence != null && !(frame.role() instanceof ClaimRole.Callout) ? openFence : frame.role();
        collector.emit(collector.scan(run, firstLine), sections.path(), role);
    }

    private ClaimRole.Callout fenceCallout(Matcher open, int line) {
        return new ClaimRole.Callout(open.group(1).toLowerCase(java.util.Locale.ROOT), calloutTitle(open.group(2), line));
    }

    private Optional<String> calloutTitle(String titleText, int line) {
        if (titleText.isBlank()) {
            return Optional.empty();
        }
        InlineText.Result inline = collector.scan(List.of(titleText), line);
        collector.orphanStamps(inline.stamps());
        String title = inline.render(inline.marked());
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    private void blockQuote(BlockQuote quote, Frame frame) {
        Node first = quote.getFirstChild();
        if (first instanceof Paragraph paragraph) {
            List<String> lines = lines(paragraph);
            Matcher marker = CALLOUT_MARKER.matcher(lines.get(0));
            if (marker.matches()) {
                String type = marker.group(1).strip().toLowerCase(java.util.Locale.ROOT);
                Frame callout = new Frame(new ClaimRole.Callout(type, calloutTitle(marker.group(2), line(paragraph))));
                paragraph(lines.subList(1, lines.size()), line(paragraph) + 1, callout);
                for (Node child = first.getNext(); child != null; child = child.getNext()) {
                    walk(child, callout);
                }
                return;
            }
        }
        walkChildren(quote, frame.role() instanceof ClaimRole.Callout ? frame : new Frame(new ClaimRole.Quote()));
    }

    private void list(ListBlock list, Frame frame, Optional<String> leadIn, int depth) {
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                listItem(item, list instanceof BulletList ? 0 : number++, leadIn, depth, frame);
            }
        }
    }

    private void listItem(ListItem item, int number, Optional<String> leadIn, int depth, Frame frame) {
        Node first = item.getFirstChild();
        ItemRole itemRole = new ItemRole(number, leadIn, depth);
        Frame itemFrame = new Frame(itemRole.plain());
        Optional<String> nestedLeadIn = Optional.empty();
        if (first instanceof Paragraph paragraph) {
            InlineText.Result inline = collector.scan(lines(paragraph), line(paragraph));
            Optional<BoldTerm> term = BoldTerm.find(inline);
            ClaimRole role = term.map(t -> itemRole.withTerm(t.term())).orElse(itemRole.plain());
            String firstText = collector.emit(term.map(BoldTerm::rest).orElse(inline), sections.path(), role);
            itemFrame = new Frame(role);
            nestedLeadIn = term.map(BoldTerm::term).or(() -> Optional.of(firstText).filter(t -> t.endsWith(":")));
            first = first.getNext();
        }
        for (Node child = first; child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                list(nested, frame, nestedLeadIn.map(NoteWalker::withoutColon), depth + 1);
            } else {
                walk(child, itemFrame);
            }
        }
    }

    private Optional<String> leadInBefore(ListBlock list) {
        if (list.getPrevious() == null || list.getPrevious() != lastParagraph) {
            return Optional.empty();
        }
        return Optional.of(lastParagraphText).filter(t -> t.endsWith(":")).map(NoteWalker::withoutColon);
    }

    private void code(Block block) {
        List<String> lines = lines(block);
        int firstLine = line(block) + (block instanceof FencedCodeBlock ? 1 : 0);
        for (int i = 0; i < lines.size(); i++) {
            if (InlineText.mentionsTimestamp(lines.get(i))) {
                InlineText.Result inline = collector.scanCode(lines.get(i), firstLine + i);
                String text = Punctuation.collapseSpaces(InlineText.stripMarks(inline.marked()));
                collector.emitWhole(inline, text, sections.path(), new ClaimRole.CodeLine());
            }
        }
    }

    /** A {@code <div class="callout">} becomes a callout; other HTML blocks are read as text with their tags removed. */
    private void htmlBlock(List<String> lines, int firstLine, Frame frame) {
        Matcher div = CALLOUT_DIV.matcher(lines.get(0));
        if (!div.matches()) {
            emitRun(lines, firstLine, frame);
            return;
        }
        List<String> inner = new ArrayList<>();
        inner.add(div.group(1));
        int close = 0;
        for (int i = 1; i < lines.size() && close == 0; i++) {
            Matcher end = DIV_CLOSE.matcher(lines.get(i));
            if (end.find()) {
                inner.add(lines.get(i).substring(0, end.start()));
                close = i;
            } else {
                inner.add(lines.get(i));
            }
        }
        Matcher bold = WHOLE_LINE_BOLD.matcher(inner.get(0).isBlank() && inner.size() > 1 ? inner.get(1) : inner.get(0));
        int titleLines = inner.get(0).isBlank() ? 1 : 0;
        Optional<String> title = Optional.empty();
        if (bold.matches()) {
            title = calloutTitle(bold.group(2), firstLine + titleLines);
            titleLines++;
        }
        Frame callout = new Frame(new ClaimRole.Callout("callout", title));
        reparse(inner.subList(titleLines, inner.size()), firstLine + titleLines, callout);
        if (close > 0 && close + 1 < lines.size()) {
            reparse(lines.subList(close + 1, lines.size()), firstLine + close + 1, frame);
        }
    }

    private void reparse(List<String> lines, int firstLine, Frame frame) {
        int saved = lineOffset;
        lineOffset = firstLine - 1;
        walkChildren(NoteParser.markdown().parse(String.join("\n", lines)), frame);
        lineOffset = saved;
    }

    private static String withoutColon(String text) {
        return text.replaceFirst("\\s*:$", "");
    }

    private int line(Node node) {
        return node.getStartLineNumber() + 1 + lineOffset;
    }

    private static List<String> lines(Block block) {
        List<String> lines = new ArrayList<>();
        for (BasedSequence line : block.getContentLines()) {
            lines.add(line.toString().replaceFirst("\\r?\\n$", ""));
        }
        if (lines.isEmpty()) {
            lines.add(block.getChars().toString());
        }
        return lines;
    }

    /** The role a plain paragraph takes where the walk is. */
    private record Frame(ClaimRole role) {
        static final Frame TOP = new Frame(new ClaimRole.Sentence());
    }
}
