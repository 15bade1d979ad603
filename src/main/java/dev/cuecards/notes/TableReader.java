package dev.cuecards.notes;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table: each body row becomes one claim, written as "first cell — header: cell; header: cell" so that it
 * reads on its own, with the timestamps of all its cells placed where their cell's text stands.
 */
final class TableReader {

    private final ClaimCollector collector;
    private final InlineReader inline;
    private final Reading reading;
    private final List<String> sectionPath;

    TableReader(ClaimCollector collector, InlineReader inline, Reading reading, List<String> sectionPath) {
        this.collector = collector;
        this.inline = inline;
        this.reading = reading;
        this.sectionPath = sectionPath;
    }

    Block.Table read(TableBlock table, int base) {
        List<String> headers = List.of();
        List<Block.Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            boolean head = part instanceof TableHead;
            if (!head && !(part instanceof TableBody)) {
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow tableRow) {
                    int line = reading.line(base + row.getStartOffset());
                    List<SentenceText> cells = cells(tableRow);
                    List<String> texts = cells.stream().map(SentenceText::text).toList();
                    int draft = -1;
                    if (head) {
                        headers = texts;
                        if (cells.stream().anyMatch(c -> !c.stamps().isEmpty())) {
                            draft = emit(cells, headers, true, line);
                        }
                    } else {
                        draft = emit(cells, headers, false, line);
                    }
                    rows.add(new Block.Row(cells.stream().map(SentenceText::pieces).toList(), head, draft, line));
                }
            }
        }
        return new Block.Table(rows, reading.line(base + table.getStartOffset()));
    }

    private List<SentenceText> cells(TableRow row) {
        List<SentenceText> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(SentenceText.of(inline.read(cell)));
            }
        }
        return cells;
    }

    /** One claim of the row; returns its draft number, or -1 when the row has no text. */
    private int emit(List<SentenceText> cells, List<String> headers, boolean head, int line) {
        StringBuilder text = new StringBuilder();
        List<SentenceText.Placed> stamps = new ArrayList<>();
        List<Inline.Link> links = new ArrayList<>();
        List<String> bold = new ArrayList<>();
        boolean labelled = !cells.isEmpty() && !cells.get(0).text().isEmpty();
        int parts = 0;
        for (int i = 0; i < cells.size(); i++) {
            SentenceText cell = cells.get(i);
            if (i > 0 && !cell.text().isEmpty()) {
                text.append(head ? " | " : parts == 0 && labelled ? " — " : parts == 0 ? "" : "; ");
                if (!head && i < headers.size() && !headers.get(i).isEmpty()) {
                    text.append(headers.get(i)).append(": ");
                }
                parts++;
            }
            int offset = text.length();
            text.append(cell.text());
            cell.stamps().forEach(p -> stamps.add(new SentenceText.Placed(p.stamp(), offset + p.position())));
            links.addAll(cell.wikiLinks());
            bold.addAll(cell.boldTerms());
        }
        List<String> texts = cells.stream().map(SentenceText::text).toList();
        if (text.toString().isBlank()) {
            collector.orphanStamps(stamps);
            return -1;
        }
        return collector.emitWhole(text.toString(), stamps, sectionPath, new ClaimRole.TableRow(head ? texts : headers, texts),
                line, links, bold);
    }
}
