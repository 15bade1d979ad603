package dev.cuecards.notes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structure of a note as its page shows it, made by the same reading that made its claims: headings,
 * paragraphs of sentences, lists, quotes and callouts, tables, code, rules, and the stretches that were not read.
 */
public sealed interface Block {

    /** The source line the block starts on. */
    int line();

    record Heading(int level, Span title, int line) implements Block {
    }

    /** Sentences of running text, in order. */
    record Paragraph(List<Span> spans, int line, int lastLine) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A bulleted list, or a numbered one starting at {@code start}. */
    record ListBlock(boolean ordered, int start, List<Item> items, int line) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** One list item: its bold term when it opens with one, then what it holds. */
    record Item(Optional<Span> term, List<Block> blocks, int line, int lastLine) {
        public Item {
            Objects.requireNonNull(term, "term");
            blocks = List.copyOf(blocks);
        }
    }

    record Quote(List<Block> blocks, int line) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** A callout ({@code > [!NOTE] Title}, {@code :::info Title}, {@code <div class="callout">}). */
    record Callout(String type, Optional<Span> title, List<Block> blocks, int line) implements Block {
        public Callout {
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }

    record Table(List<Row> rows, int line) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** A table row: its cells' pieces, whether it is the header, and which claim it is (or -1). */
    record Row(List<List<Inline>> cells, boolean header, int draft, int line) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    record Code(String language, List<CodeLine> lines, int line) implements Block {
        public Code {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A line of code as written; a line carrying timestamps is a claim, shown as {@code indent}, the claim's text,
     * then its stamps.
     */
    record CodeLine(String text, String indent, List<Inline.Stamp> stamps, int draft, int line) {
        public CodeLine {
            stamps = List.copyOf(stamps);
        }
    }

    record Rule(int line) implements Block {
    }

    /** Lines that were not read as the note, and why (drafting text left in it, a body pasted twice). */
    record Skipped(String reason, int line, int lastLine) implements Block {
    }
}
