package dev.cuecards.notes;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the inline nodes flexmark made of one block into {@link Inline} pieces: the one place where inline markdown
 * becomes what a reader sees. Timestamps become {@link Inline.Stamp}s, whichever of the three ways they were
 * written; HTML tags are dropped (their text stays, {@code <br>} breaks, {@code <sup>}/{@code <sub>} become
 * Unicode), so no markup of the note survives into a claim or onto the page.
 *
 * <p>Broken timestamp anchors follow one rule: an anchor's time is its {@code data-t}, else the time written
 * between its tags; it ends at its {@code </a>}, or, when that is missing from its next few pieces, after the
 * bracketed time right behind it, else at its opening tag. Every departure from the usual form is reported.
 */
final class InlineReader {

    /** How far past an anchor's opening tag its {@code </a>} is looked for. */
    private static final int ANCHOR_PIECES = 4;
    private static final int ANCHOR_TEXT = 40;
    private static final int SCRIPT_PIECES = 8;

    private final Reading reading;
    private final int base;
    private final LooseText loose;

    /** @param base where the parsed text starts in the note, for offsets and lines */
    InlineReader(Reading reading, int base) {
        this.reading = reading;
        this.base = base;
        this.loose = new LooseText(this, reading);
    }

    /** The pieces of a block's (or any node's) inline children. */
    List<Inline> read(Node parent) {
        List<Node> nodes = children(parent);
        List<Inline> pieces = new ArrayList<>();
        int i = 0;
        while (i < nodes.size()) {
            i = readAt(nodes, i, pieces);
        }
        return merged(pieces);
    }

    private static List<Node> children(Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(child);
        }
        return nodes;
    }

    /** Neighbouring text pieces as one: flexmark splits text at every character that might have been markup. */
    private static List<Inline> merged(List<Inline> pieces) {
        List<Inline> out = new ArrayList<>(pieces.size());
        StringBuilder run = new StringBuilder();
        int runStart = -1;
        int runEnd = -1;
        for (Inline piece : pieces) {
            if (piece instanceof Inline.Text text) {
                runStart = runStart < 0 ? text.start() : runStart;
                runEnd = text.end();
                run.append(text.text());
                continue;
            }
            if (runStart >= 0) {
                out.add(new Inline.Text(run.toString(), runStart, runEnd));
                run.setLength(0);
                runStart = -1;
            }
            out.add(piece);
        }
        if (runStart >= 0) {
            out.add(new Inline.Text(run.toString(), runStart, runEnd));
        }
        return out;
    }

    /** The pieces of a block's first source line only, its line break included. */
    List<Inline> readFirstLine(Node parent) {
        List<Node> nodes = children(parent);
        List<Inline> pieces = new ArrayList<>();
        int i = 0;
        while (i < nodes.size()) {
            Node node = nodes.get(i);
            i = readAt(nodes, i, pieces);
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                break;
            }
        }
        return pieces;
    }

    /** Reads the node at {@code i} (and any it takes with it); returns the index of the next unread node. */
    private int readAt(List<Node> nodes, int i, List<Inline> out) {
        Node node = nodes.get(i);
        int start = base + node.getStartOffset();
        int end = base + node.getEndOffset();
        if (node instanceof Text) {
            return textNode(nodes, i, out);
        } else if (node instanceof HtmlEntity) {
            out.add(new Inline.Text(node.getChars().unescape(), start, end));
        } else if (node instanceof SoftLineBreak) {
            out.add(new Inline.Break(false, start, end));
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.Break(true, start, end));
        } else if (node instanceof StrongEmphasis || node instanceof Emphasis) {
            out.add(new Inline.Emphasis(node instanceof StrongEmphasis, read(node), start, end));
        } else if (node instanceof Code code && (code.getText().indexOf("data-t") >= 0 || code.getText().indexOf("yt-timestamp") >= 0)) {
            anchoredCode(code, out);
        } else if (node instanceof Code code) {
            code(codeText(code.getText().toString()), start, end, out);
        } else if (node instanceof MathSyntax.MathNode math) {
            out.add(new Inline.Math(math.tex(), math.isDisplay(), start, end));
        } else if (node instanceof WikiLink wiki) {
            return wikiLink(nodes, i, wiki, start, end, out);
        } else if (node instanceof Link link) {
            link(link, start, end, out);
        } else if (node instanceof LinkRef ref) {
            return linkRef(nodes, i, ref, start, end, out);
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            String url = node.getChars().toString().replaceFirst("^<", "").replaceFirst(">$", "");
            out.add(new Inline.Link(url, url, false, start, end));
        } else if (node instanceof HtmlInline) {
            return htmlInline(nodes, i, out);
        } else if (!(node instanceof HtmlInlineComment || node instanceof Image || node instanceof ImageRef || node instanceof WikiImage)) {
            out.addAll(read(node));
        }
        return i + 1;
    }

    /**
     * Text, read for the timestamp markup flexmark left in it (see {@link LooseText}). A broken anchor tag ending the
     * text takes the bracketed time and {@code </a>} right behind it.
     */
    private int textNode(List<Node> nodes, int i, List<Inline> out) {
        Node node = nodes.get(i);
        String text = node.getChars().unescape();
        if (isStrayEmphasis(text, nodes, i)) {
            return i + 1;
        }
        boolean afterLink = i > 0 && (nodes.get(i - 1) instanceof WikiLink || nodes.get(i - 1) instanceof Link);
        if (afterLink && (text.startsWith("**") || text.startsWith("__")) && text.substring(2).stripLeading().startsWith(":")) {
            text = text.substring(2);
        }
        LooseText.Ending ending = loose.read(text, base + node.getStartOffset(), out);
        int next = i + 1;
        if (ending != LooseText.Ending.TEXT && next < nodes.size() && nodes.get(next) instanceof LinkRef ref && ref.isReferenceTextCombined()) {
            Optional<WrittenTime> shown = WrittenTime.parse(ref.getReference());
            if (shown.isPresent()) {
                if (ending == LooseText.Ending.TAG_WITHOUT_TIME) {
                    stamp(shown.get(), base + ref.getStartOffset(), base + ref.getEndOffset(), out);
                }
                next = closesAnchor(nodes, next + 1) ? next + 2 : next + 1;
            }
        }
        return next;
    }

    /** {@code **} left over from bold that does not close, beside a link or before a colon: markup, not text. */
    private static boolean isStrayEmphasis(String text, List<Node> nodes, int i) {
        boolean marks = text.length() >= 2 && text.chars().allMatch(c -> c == '*' || c == '_');
        boolean besideLink = i > 0 && (nodes.get(i - 1) instanceof WikiLink || nodes.get(i - 1) instanceof Link)
                || i + 1 < nodes.size() && (nodes.get(i + 1) instanceof WikiLink || nodes.get(i + 1) instanceof Link)
                || i + 1 < nodes.size() && nodes.get(i + 1).getChars().startsWith(":");
        return marks && besideLink;
    }

    /** A code span holding timestamp anchors was not meant as code: its inside is read as text. */
    private void anchoredCode(Code code, List<Inline> out) {
        Node paragraph = Flexmark.parseHtmlAsText(code.getText().toString()).getFirstChild();
        if (paragraph != null) {
            out.addAll(new InlineReader(reading, base + code.getText().getStartOffset()).read(paragraph));
        }
    }

    /** Code is verbatim, except a code span holding nothing but a wiki link, which was meant as the link. */
    private static void code(String text, int start, int end, List<Inline> out) {
        boolean wikiOnly = text.startsWith("[[") && text.endsWith("]]") && text.length() > 4
                && text.indexOf('[', 2) < 0 && text.indexOf(']') == text.length() - 2;
        if (!wikiOnly) {
            out.add(new Inline.Code(text, start, end));
            return;
        }
        String inside = text.substring(2, text.length() - 2);
        int bar = inside.indexOf('|');
        String target = (bar >= 0 ? inside.substring(0, bar) : inside).strip();
        String shown = (bar >= 0 ? inside.substring(inside.lastIndexOf('|') + 1) : inside).strip();
        int hash = target.indexOf('#');
        String page = hash >= 0 ? target.substring(0, hash).strip() : target;
        out.add(new Inline.Link(page, bar >= 0 ? shown : page.isEmpty() ? shown : page, true, start, end));
    }

    private static String codeText(String content) {
        String flat = content.replace('\n', ' ').replace('\r', ' ');
        boolean padded = flat.length() > 2 && flat.startsWith(" ") && flat.endsWith(" ") && !flat.isBlank();
        return padded ? flat.substring(1, flat.length() - 1) : flat;
    }

    /** {@code [[Page]]}, {@code [[Page#Heading]]} or {@code [[Page | alias]]}: the reader sees the alias, else the page. */
    private int wikiLink(List<Node> nodes, int i, WikiLink wiki, int start, int end, List<Inline> out) {
        String page = wiki.getPageRef().toString();
        page = (page.indexOf('|') >= 0 ? page.substring(0, page.indexOf('|')) : page).strip();
        String anchor = wiki.getAnchorRef().toString().strip();
        String alias = wiki.getText().toString();
        int bar = alias.lastIndexOf('|');
        alias = (bar >= 0 ? alias.substring(bar + 1) : alias).strip();
        boolean aliased = !wiki.getTextSeparatorMarker().isEmpty();
        Optional<WrittenTime> time = aliased ? WrittenTime.parse(alias.replace("[", "").replace("]", "")) : WrittenTime.parse(page);
        if (time.isPresent() && (aliased || anchor.isEmpty())) {
            stamp(time.get(), start, end, out);
            boolean bracketLeft = alias.startsWith("[") && !alias.endsWith("]") && i + 1 < nodes.size() && nodes.get(i + 1) instanceof Text closing
                    && closing.getChars().startsWith("]");
            if (bracketLeft) {
                Node rest = nodes.get(i + 1);
                String after = rest.getChars().unescape().substring(1);
                if (!after.isEmpty()) {
                    out.add(new Inline.Text(after, base + rest.getStartOffset() + 1, base + rest.getEndOffset()));
                }
                return i + 2;
            }
            return i + 1;
        }
        if (aliased && (alias.contains("<a") || alias.contains("data-t") || alias.contains("*") || alias.contains("_") || alias.contains("`"))) {
            return aliasWithStamps(nodes, i, wiki, page, out);
        }
        String shown = aliased && !alias.isEmpty() ? alias : !page.isEmpty() ? page : anchor.replaceFirst("^\\^", "");
        if (!shown.isEmpty()) {
            out.add(new Inline.Link(page, Whitespace.collapse(shown), true, start, end));
        }
        return i + 1;
    }

    /**
     * An alias holding markup is read as inline text: {@code [[page | (<a … data-t="00:18:00">[00:18:00]</a>)]]} gives
     * its stamp, {@code [[page | **Term**]]} is a bold link.
     */
    private int aliasWithStamps(List<Node> nodes, int i, WikiLink wiki, String page, List<Inline> out) {
        int offset = base + wiki.getText().getStartOffset();
        Node paragraph = Flexmark.parseHtmlAsText(wiki.getText().toString()).getFirstChild();
        List<Inline> pieces = paragraph == null ? List.of() : new InlineReader(reading, offset).read(paragraph);
        out.addAll(PieceLines.stamps(pieces));
        String text = Whitespace.collapse(Plain.of(pieces)).replaceAll("^[\\s(\\[*_]+|[\\s)\\]*_]+$", "");
        if (text.isEmpty()) {
            return i + 1;
        }
        int start = base + wiki.getStartOffset();
        int end = base + wiki.getEndOffset();
        Inline.Link link = new Inline.Link(page, text, true, start, end);
        List<Inline> shown = pieces.stream().filter(p -> !(p instanceof Inline.Stamp || p instanceof Inline.Text t && Whitespace.isBlank(t.text()))).toList();
        boolean bold = shown.size() == 1 && shown.get(0) instanceof Inline.Emphasis e && e.strong();
        out.add(bold ? new Inline.Emphasis(true, List.of(link), start, end) : link);
        return i + 1;
    }

    /** A markdown link shows its text; one whose text is a time and which points into the video is a timestamp. */
    private void link(Link link, int start, int end, List<Inline> out) {
        String url = link.getUrl().toString();
        String text = Plain.of(read(link));
        Optional<WrittenTime> time = WrittenTime.parse(text);
        if (time.isPresent() && (url.startsWith("#") || url.contains("t="))) {
            stamp(time.get(), start, end, out);
        } else if (!text.isBlank()) {
            out.add(new Inline.Link(url, Whitespace.collapse(text), false, start, end));
        }
    }

    /**
     * {@code [00:17:33]} on its own is a timestamp, and so is each of {@code [00:02:10][00:02:22]}; any other
     * bracketed text ({@code [!NOTE]}, {@code [and]}) is text. A time written {@code [00:00:11](} right before an
     * anchor is that anchor's label, not a second timestamp: the anchor's own time is used.
     */
    private int linkRef(List<Node> nodes, int i, LinkRef ref, int start, int end, List<Inline> out) {
        Optional<WrittenTime> text = WrittenTime.parse(unbracketed(ref.isReferenceTextCombined() ? ref.getReference() : ref.getText()));
        Optional<WrittenTime> reference = ref.isReferenceTextCombined() ? Optional.empty() : WrittenTime.parse(unbracketed(ref.getReference()));
        if (text.isEmpty() && ref.isReferenceTextCombined() && LooseText.isTimeShaped(ref.getReference())) {
            reading.report(reading.line(start), "malformed timestamp '" + ref.getReference()
                    + "' (expected HH:MM:SS with minutes and seconds 00-59); it is ignored");
            return i + 1;
        }
        if (text.isEmpty() && ref.isReferenceTextCombined() && ref.getChars().indexOf('<') >= 0 && ref.getFirstChild() != null) {
            out.add(new Inline.Text("[", start, start + 1));
            out.addAll(read(ref));
            out.add(new Inline.Text("]", end - 1, end));
            return i + 1;
        }
        if (text.isEmpty()) {
            out.add(new Inline.Text(ref.getChars().unescape(), start, end));
            return i + 1;
        }
        if (reference.isEmpty() && labelsNextAnchor(nodes, i, text.get())) {
            Node paren = nodes.get(i + 1);
            String after = paren.getChars().unescape().substring(1);
            if (!after.isEmpty()) {
                out.add(new Inline.Text(after, base + paren.getStartOffset() + 1, base + paren.getEndOffset()));
            }
            return i + 2;
        }
        stamp(text.get(), start, end, out);
        reference.ifPresent(time -> stamp(time, start, end, out));
        return i + 1;
    }

    private static String unbracketed(CharSequence text) {
        String s = text.toString().strip();
        return s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
    }

    private static boolean labelsNextAnchor(List<Node> nodes, int i, WrittenTime time) {
        if (i + 2 >= nodes.size() || !(nodes.get(i + 1) instanceof Text paren) || !paren.getChars().toString().strip().equals("(")
                || !(nodes.get(i + 2) instanceof HtmlInline)) {
            return false;
        }
        return HtmlTag.read(nodes.get(i + 2).getChars()).flatMap(t -> t.attribute("data-t")).flatMap(WrittenTime::parse).isPresent();
    }

    void stamp(WrittenTime time, int start, int end, List<Inline> out) {
        int line = reading.line(start);
        if (time.oneDigit()) {
            reading.report(line, "timestamp '" + time.text() + "' has a one-digit field; it is read as "
                    + new Timestamp(time.asWritten(), line).hhmmss());
        }
        reading.sawTime(time);
        out.add(new Inline.Stamp(time.text(), line, start, end));
    }

    private int htmlInline(List<Node> nodes, int i, List<Inline> out) {
        Node node = nodes.get(i);
        Optional<HtmlTag> tag = HtmlTag.read(node.getChars());
        if (tag.isEmpty()) {
            return i + 1;
        }
        int start = base + node.getStartOffset();
        HtmlTag html = tag.get();
        if (html.is("a") && !html.closing() && isTimestampAnchor(html, nodes, i)) {
            return anchor(html, nodes, i, out);
        }
        if (html.is("br")) {
            out.add(new Inline.Break(true, start, base + node.getEndOffset()));
        } else if ((html.is("sup") || html.is("sub")) && !html.closing()) {
            return script(html.is("sup"), nodes, i, out);
        }
        return i + 1;
    }

    private static boolean isTimestampAnchor(HtmlTag tag, List<Node> nodes, int i) {
        String kind = tag.attribute("class").orElse("");
        return tag.attribute("data-t").isPresent() || kind.contains("timestamp") || kind.startsWith("yt")
                || i + 1 < nodes.size() && nodes.get(i + 1) instanceof LinkRef ref && ref.isReferenceTextCombined()
                && WrittenTime.parse(ref.getReference()).isPresent() && closesAnchor(nodes, i + 2);
    }

    private static boolean closesAnchor(List<Node> nodes, int j) {
        return j < nodes.size() && nodes.get(j) instanceof HtmlInline
                && HtmlTag.read(nodes.get(j).getChars()).filter(t -> t.is("a") && t.closing()).isPresent();
    }

    /** A timestamp anchor: its opening tag, the time written inside, its {@code </a>}. */
    private int anchor(HtmlTag tag, List<Node> nodes, int i, List<Inline> out) {
        int start = base + nodes.get(i).getStartOffset();
        int line = reading.line(start);
        int close = -1;
        StringBuilder inside = new StringBuilder();
        for (int j = i + 1; j < nodes.size() && j <= i + ANCHOR_PIECES && inside.length() <= ANCHOR_TEXT; j++) {
            if (closesAnchor(nodes, j)) {
                close = j;
                break;
            }
            if (nodes.get(j) instanceof HtmlInline || nodes.get(j) instanceof SoftLineBreak || nodes.get(j) instanceof HardLineBreak) {
                break;
            }
            inside.append(nodes.get(j).getChars());
        }
        int next;
        String written;
        if (close >= 0) {
            next = close + 1;
            written = inside.toString().strip();
        } else {
            boolean timeFollows = i + 1 < nodes.size() && nodes.get(i + 1) instanceof LinkRef ref && ref.isReferenceTextCombined()
                    && WrittenTime.parse(ref.getReference()).isPresent();
            next = timeFollows ? i + 2 : i + 1;
            written = timeFollows ? nodes.get(i + 1).getChars().toString() : "";
            reading.report(line, "timestamp anchor is not closed with </a>");
        }
        int end = base + nodes.get(next - 1).getEndOffset();
        anchorTime(tag, written, line).ifPresent(time -> stamp(time, start, end, out));
        return next;
    }

    /** The anchor's {@code data-t} time, else the time between its tags; what is odd about them is reported. */
    private Optional<WrittenTime> anchorTime(HtmlTag tag, String inside, int line) {
        String shown = inside.startsWith("[") && inside.endsWith("]") ? inside.substring(1, inside.length() - 1).strip() : inside;
        Optional<WrittenTime> fromText = WrittenTime.parse(shown);
        Optional<String> dataT = tag.attribute("data-t").map(String::strip);
        Optional<WrittenTime> fromData = dataT.flatMap(WrittenTime::parse);
        if (fromData.isPresent()) {
            if (!shown.isEmpty() && !fromText.map(t -> t.asWritten() == fromData.get().asWritten()).orElse(false)) {
                reading.report(line, "timestamp anchor has data-t=\"" + dataT.get() + "\" but shows '" + inside
                        + "'; the data-t time is used");
            }
            return fromData;
        }
        if (fromText.isPresent()) {
            reading.report(line, dataT.isEmpty()
                    ? "timestamp anchor has no data-t; the time it shows, " + shown + ", is used"
                    : "malformed data-t '" + dataT.get() + "'; the time the anchor shows, " + shown + ", is used");
            return fromText;
        }
        String bad = dataT.filter(v -> !v.isEmpty()).orElse(shown);
        reading.report(line, "malformed timestamp '" + bad + "' (expected HH:MM:SS with minutes and seconds 00-59); it is ignored");
        return Optional.empty();
    }

    /** {@code <sup>2</sup>} as ², {@code <sub>2</sub>} as ₂; an unclosed one is only a dropped tag. */
    private int script(boolean superscript, List<Node> nodes, int i, List<Inline> out) {
        String name = superscript ? "sup" : "sub";
        for (int j = i + 1; j < nodes.size() && j <= i + SCRIPT_PIECES; j++) {
            Optional<HtmlTag> tag = nodes.get(j) instanceof HtmlInline ? HtmlTag.read(nodes.get(j).getChars()) : Optional.empty();
            if (tag.isPresent() && tag.get().is(name) && tag.get().closing()) {
                List<Inline> inner = new ArrayList<>();
                for (int k = i + 1; k < j; ) {
                    k = readAt(nodes, k, inner);
                }
                String text = Plain.of(inner);
                String shown = superscript ? Scripts.superscript(text) : Scripts.subscript(text);
                out.add(new Inline.Text(shown, base + nodes.get(i).getStartOffset(), base + nodes.get(j).getEndOffset()));
                return j + 1;
            }
        }
        return i + 1;
    }
}
