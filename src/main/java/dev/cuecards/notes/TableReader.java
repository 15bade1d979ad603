package dev.cuecards.notes;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a table: each body row becomes one claim, written as "first cell — header: cell; header: cell" so that it
 * reads on its own, with the timestamps of all its cells.
 */
final class TableReader {

    private final ClaimCollector collector;
    private final List<String> sectionPath;

    TableReader(ClaimCollector collector, List<String> sectionPath) {
        this.collector = collector;
        this.sectionPath = sectionPath;
    }

    void read(TableBlock table, int lineOffset) {
        List<String> headers = List.of();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow tableRow)) {
                    continue;
                }
                RowText text = rowText(tableRow, tableRow.getStartLineNumber() + 1 + lineOffset);
                if (part instanceof TableHead) {
                    headers = text.cells();
                    if (!text.stamps().isEmpty()) {
                        emit(String.join(" | ", headers), text, headers);
                    }
                } else if (part instanceof TableBody) {
                    emit(sentence(headers, text.cells()), text, headers);
                }
            }
        }
    }

    private void emit(String sentence, RowText text, List<String> headers) {
        if (sentence.isBlank()) {
            collector.orphanStamps(text.stamps());
            return;
        }
        collector.emitRow(new Claim(sentence, sectionPath, new ClaimRole.TableRow(headers, text.cells()), text.stamps(),
                java.util.Optional.empty(), text.linkTargets(), text.linkTexts(), text.boldTerms(), text.line()));
    }

    private RowText rowText(TableRow row, int line) {
        List<String> cells = new ArrayList<>();
        List<Timestamp> stamps = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> linkTexts = new ArrayList<>();
        List<String> bold = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                InlineText.Result inline = collector.scan(List.of(tableCell.getText().toString()), line);
                List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(inline);
                cells.add(pieces.stream().map(SentenceSplitter.Piece::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")));
                pieces.forEach(p -> {
                    stamps.addAll(p.stamps());
                    targets.addAll(p.linkTargets());
                    linkTexts.addAll(p.linkTexts());
                    bold.addAll(p.boldTerms());
                });
            }
        }
        return new RowText(cells, stamps, targets, linkTexts, bold, line);
    }

    static String sentence(List<String> headers, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            String header = i < headers.size() ? headers.get(i) : "";
            parts.add(header.isEmpty() ? cells.get(i) : header + ": " + cells.get(i));
        }
        String label = cells.isEmpty() ? "" : cells.get(0);
        if (parts.isEmpty()) {
            return label;
        }
        return label.isEmpty() ? String.join("; ", parts) : label + " — " + String.join("; ", parts);
    }

    /** The cells of one row as a reader sees them, and what they hold. */
    record RowText(List<String> cells, List<Timestamp> stamps, List<String> linkTargets, List<String> linkTexts,
                   List<String> boldTerms, int line) {
    }
}
