package dev.cuecards.notes;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a code block. Code keeps its text as written; a line that carries a timestamp anchor becomes a claim, its
 * text the line without its anchors. Only such lines are parsed, one at a time, to find their anchors.
 */
final class CodeReader {

    private final Reading reading;
    private final ClaimCollector collector;

    CodeReader(Reading reading, ClaimCollector collector) {
        this.reading = reading;
        this.collector = collector;
    }

    Block.Code read(String language, List<BasedSequence> contentLines, int base, int line, List<String> sectionPath) {
        List<Block.CodeLine> lines = new ArrayList<>();
        int number = line;
        for (BasedSequence content : contentLines) {
            String text = stripLineEnd(content.toString());
            int offset = base + content.getStartOffset();
            lines.add(mightHoldStamp(text) ? withStamps(text, offset, reading.line(offset), sectionPath) : plain(text, reading.line(offset)));
            number++;
        }
        return new Block.Code(language, lines, line);
    }

    private static Block.CodeLine plain(String text, int line) {
        return new Block.CodeLine(text, "", List.of(), -1, line);
    }

    private Block.CodeLine withStamps(String text, int offset, int line, List<String> sectionPath) {
        int indent = 0;
        while (indent < text.length() && Character.isWhitespace(text.charAt(indent))) {
            indent++;
        }
        List<Inline.Stamp> stamps = new ArrayList<>();
        InlineReader inline = new InlineReader(reading, offset + indent);
        collect(Flexmark.parseHtmlAsText(text.substring(indent)), inline, stamps);
        if (stamps.isEmpty()) {
            return plain(text, line);
        }
        StringBuilder claim = new StringBuilder();
        List<SentenceText.Placed> placed = new ArrayList<>();
        int from = offset + indent;
        for (Inline.Stamp stamp : stamps) {
            claim.append(text, from - offset, Math.max(from, stamp.start()) - offset);
            placed.add(new SentenceText.Placed(stamp, Whitespace.collapse(claim).length()));
            from = Math.max(from, stamp.end());
        }
        claim.append(text, Math.min(text.length(), from - offset), text.length());
        String claimText = Whitespace.collapse(claim);
        if (claimText.isEmpty()) {
            collector.orphanStamps(placed);
            return new Block.CodeLine(text, text.substring(0, indent), stamps, -1, line);
        }
        List<SentenceText.Placed> within = placed.stream()
                .map(p -> new SentenceText.Placed(p.stamp(), Math.min(p.position(), claimText.length()))).toList();
        int draft = collector.emitWhole(claimText, within, sectionPath, new ClaimRole.CodeLine(), line, List.of(), List.of());
        return new Block.CodeLine(text, text.substring(0, indent), stamps, draft, line);
    }

    /** Reads every stamp the parsed line holds, wherever the line's markdown put it. */
    private static void collect(Node node, InlineReader inline, List<Inline.Stamp> stamps) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading) {
                stamps.addAll(PieceLines.stamps(inline.read(child)));
            } else {
                collect(child, inline, stamps);
            }
        }
    }

    private static boolean mightHoldStamp(String text) {
        return text.contains("<a") || text.contains("data-t") || text.contains("](#") || bareTime(text);
    }

    private static boolean bareTime(String text) {
        int at = text.indexOf('[');
        while (at >= 0 && at + 1 < text.length()) {
            if (Character.isDigit(text.charAt(at + 1))) {
                return true;
            }
            at = text.indexOf('[', at + 1);
        }
        return false;
    }

    private static String stripLineEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
