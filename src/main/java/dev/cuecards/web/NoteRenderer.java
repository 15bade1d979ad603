package dev.cuecards.web;

import dev.cuecards.notes.Block;
import dev.cuecards.notes.Inline;
import dev.cuecards.notes.NoteDocument;
import dev.cuecards.notes.Span;
import dev.cuecards.notes.Timestamp;
import dev.cuecards.notes.VideoId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a note's page from the blocks its reading made, so every claim reads on the page exactly as on its cards:
 * each claim is a {@code <span data-claim="N">} (a table row claim, a {@code <tr>}) whose text, timestamp links
 * aside, is the claim's text. Note text is untrusted: every text is escaped and the only links are the ones the app
 * makes, to the video's moments. Blocks carry {@code id="line-N"} and their lines as {@code data-lines}, so a card's
 * "source note" link lands on its claim. The output is well-formed XML.
 */
final class NoteRenderer {

    private final NoteDocument document;
    private final Optional<VideoId> video;
    private final StringBuilder out = new StringBuilder();

    private NoteRenderer(NoteDocument document) {
        this.document = document;
        this.video = document.note().videoId();
    }

    static String render(NoteDocument document) {
        NoteRenderer renderer = new NoteRenderer(document);
        renderer.blocks(document.blocks());
        return renderer.out.toString();
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block(block);
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Heading heading) {
            int level = Math.min(6, heading.level() + 1);
            out.append("<h").append(level).append(lines(heading.line(), heading.line())).append('>');
            span(heading.title());
            out.append("</h").append(level).append(">\n");
        } else if (block instanceof Block.Paragraph paragraph) {
            out.append("<p").append(lines(paragraph.line(), paragraph.lastLine())).append('>');
            spans(paragraph.spans());
            out.append("</p>\n");
        } else if (block instanceof Block.ListBlock list) {
            list(list);
        } else if (block instanceof Block.Quote quote) {
            out.append("<blockquote>\n");
            blocks(quote.blocks());
            out.append("</blockquote>\n");
        } else if (block instanceof Block.Callout callout) {
            callout(callout);
        } else if (block instanceof Block.Table table) {
            table(table);
        } else if (block instanceof Block.Code code) {
            code(code);
        } else if (block instanceof Block.Rule) {
            out.append("<hr/>\n");
        } else if (block instanceof Block.Skipped skipped) {
            out.append("<p class=\"skipped\"").append(lines(skipped.line(), skipped.lastLine())).append('>');
            escape(skipped.reason());
            out.append("</p>\n");
        }
    }

    private void list(Block.ListBlock list) {
        String tag = list.ordered() ? "ol" : "ul";
        out.append('<').append(tag);
        if (list.ordered() && list.start() != 1) {
            out.append(" start=\"").append(list.start()).append('"');
        }
        out.append(">\n");
        for (Block.Item item : list.items()) {
            out.append("<li").append(lines(item.line(), item.lastLine())).append('>');
            item.term().ifPresent(term -> {
                out.append("<strong class=\"term\">");
                pieces(term.pieces());
                out.append("</strong>");
                out.append(endsWithColon(term) ? " " : ": ");
            });
            List<Block> blocks = item.blocks();
            int from = 0;
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
                spans(first.spans());
                from = 1;
            }
            blocks(blocks.subList(from, blocks.size()));
            out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
    }

    private void callout(Block.Callout callout) {
        out.append("<div class=\"callout callout-").append(cssName(callout.type())).append('"')
                .append(lines(callout.line(), callout.line())).append(">\n<p class=\"callout-title\">");
        if (callout.title().isPresent()) {
            span(callout.title().get());
        } else {
            escape(capitalised(callout.type()));
        }
        out.append("</p>\n");
        blocks(callout.blocks());
        out.append("</div>\n");
    }

    private void table(Block.Table table) {
        out.append("<table>\n");
        for (Block.Row row : table.rows()) {
            out.append("<tr").append(lines(row.line(), row.line()));
            int claim = document.claimIndex(row.draft());
            if (claim >= 0) {
                out.append(" class=\"note-claim\" data-claim=\"").append(claim).append('"');
            }
            out.append('>');
            String cell = row.header() ? "th" : "td";
            for (List<Inline> pieces : row.cells()) {
                out.append('<').append(cell).append('>');
                pieces(pieces);
                out.append("</").append(cell).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private void code(Block.Code code) {
        out.append("<pre").append(lines(code.line(), code.line() + code.lines().size())).append("><code>");
        for (Block.CodeLine line : code.lines()) {
            int claim = document.claimIndex(line.draft());
            if (line.stamps().isEmpty()) {
                escape(line.text());
            } else {
                escape(line.indent());
                if (claim >= 0) {
                    out.append("<span class=\"note-claim\" data-claim=\"").append(claim).append("\">");
                    escape(document.note().claims().get(claim).text());
                    out.append("</span>");
                }
                line.stamps().forEach(this::stamp);
            }
            out.append('\n');
        }
        out.append("</code></pre>\n");
    }

    private void spans(List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            span(spans.get(i));
            if (spans.get(i).breakAfter() && i + 1 < spans.size()) {
                out.append("<br/>");
            }
        }
    }

    private void span(Span span) {
        int claim = document.claimIndex(span.draft());
        if (claim >= 0) {
            out.append("<span class=\"note-claim\" data-claim=\"").append(claim).append("\" id=\"claim-").append(claim).append("\">");
            pieces(span.pieces());
            out.append("</span>");
        } else if (span.draft() >= 0) {
            out.append("<span class=\"repeated\" title=\"a repeat of earlier sentences; read once\">");
            pieces(span.pieces());
            out.append("</span>");
        } else {
            pieces(span.pieces());
        }
    }

    private void pieces(List<Inline> pieces) {
        for (Inline piece : pieces) {
            piece(piece);
        }
    }

    private void piece(Inline piece) {
        if (piece instanceof Inline.Text text) {
            escape(text.text());
        } else if (piece instanceof Inline.Stamp stamp) {
            stamp(stamp);
        } else if (piece instanceof Inline.Emphasis emphasis) {
            String tag = emphasis.strong() ? "strong" : "em";
            out.append('<').append(tag).append('>');
            pieces(emphasis.content());
            out.append("</").append(tag).append('>');
        } else if (piece instanceof Inline.Code code) {
            out.append("<code>");
            escape(code.text());
            out.append("</code>");
        } else if (piece instanceof Inline.Math math) {
            out.append("<span class=\"math\">");
            escape(math.shown());
            out.append("</span>");
        } else if (piece instanceof Inline.Link link) {
            out.append(link.wiki() ? "<span class=\"wikilink\">" : "<span class=\"weblink\">");
            escape(link.text());
            out.append("</span>");
        } else if (piece instanceof Inline.Break) {
            out.append(' ');
        }
    }

    /** A timestamp as a link to its moment: "▶ 01:08". */
    private void stamp(Inline.Stamp stamp) {
        int seconds = document.seconds(stamp);
        String label = "▶ " + new Timestamp(seconds, 1).hhmmss();
        if (video.isPresent()) {
            out.append("<a class=\"stamp\" href=\"");
            escape(video.get().url(seconds));
            out.append("\" target=\"_blank\" rel=\"noopener noreferrer\">").append(label).append("</a>");
        } else {
            out.append("<span class=\"stamp\">").append(label).append("</span>");
        }
    }

    private static boolean endsWithColon(Span term) {
        StringBuilder text = new StringBuilder();
        for (Inline piece : term.pieces()) {
            if (piece instanceof Inline.Text t) {
                text.append(t.text());
            }
        }
        return text.toString().strip().endsWith(":");
    }

    private static String lines(int first, int last) {
        return " id=\"line-" + first + "\" data-lines=\"" + first + "-" + Math.max(first, last) + "\"";
    }

    private static String cssName(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
