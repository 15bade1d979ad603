package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walk's state: the claims made so far, the problems found, and the channel. Turns each run of text into claims,
 * one per sentence, giving untimed sentences the nearest timestamp of their paragraph to link to.
 */
final class ClaimCollector {

    private static final Pattern CHANNEL_LINE = Pattern.compile("^\\s*from\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREAMBLE = Pattern.compile(
            "^\\s*(here\\s+is|here's|here\\s+are|below\\s+is|the\\s+following\\s+is)\\b.{0,80}:\\s*$", Pattern.CASE_INSENSITIVE);

    private final String path;
    private final List<Claim> claims = new ArrayList<>();
    private final List<NoteProblem> problems = new ArrayList<>();
    private final List<Timestamp> pendingStamps = new ArrayList<>();
    private Optional<String> channel = Optional.empty();
    private String lastText = "";
    private int emitted;

    ClaimCollector(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    List<Claim> claims() {
        return List.copyOf(claims);
    }

    List<NoteProblem> problems() {
        return List.copyOf(problems);
    }

    Optional<String> channel() {
        return channel;
    }

    boolean hasContent() {
        return !claims.isEmpty();
    }

    int emitted() {
        return emitted;
    }

    String lastText() {
        return lastText;
    }

    void report(int line, String reason) {
        problems.add(new NoteProblem(path, line, reason));
    }

    InlineText.Result scan(List<String> lines, int firstLine) {
        InlineText.Result inline = InlineText.scan(path, lines, firstLine);
        problems.addAll(inline.problems());
        return inline;
    }

    InlineText.Result scanCode(String line, int lineNumber) {
        InlineText.Result inline = InlineText.scanCode(path, line, lineNumber);
        problems.addAll(inline.problems());
        return inline;
    }

    /** Drops the leading {@code From: [[channel]]} line and a preamble such as "Here is the article:". */
    List<String> takeChannelAndPreamble(List<String> lines) {
        int skip = 0;
        while (skip < lines.size()) {
            Matcher from = CHANNEL_LINE.matcher(lines.get(skip));
            if (from.matches() && channel.isEmpty()) {
                InlineText.Result inline = InlineText.scan(path, List.of(from.group(1)), 1);
                String name = inline.render(inline.marked());
                channel = name.isEmpty() ? Optional.empty() : Optional.of(name);
            } else if (!PREAMBLE.matcher(lines.get(skip)).matches()) {
                break;
            }
            skip++;
        }
        return lines.subList(skip, lines.size());
    }

    /** Makes one claim per sentence of the text; returns the text of the last one ("" when none). */
    String emit(InlineText.Result inline, List<String> sectionPath, ClaimRole role) {
        List<SentenceSplitter.Piece> pieces = withOrphansMerged(SentenceSplitter.split(inline), role);
        for (int i = 0; i < pieces.size(); i++) {
            SentenceSplitter.Piece piece = pieces.get(i);
            List<Timestamp> stamps = new ArrayList<>(pendingStamps);
            pendingStamps.clear();
            stamps.addAll(piece.stamps());
            Optional<Timestamp> inherited = stamps.isEmpty() ? nearestStamp(pieces, i) : Optional.empty();
            claims.add(new Claim(piece.text(), sectionPath, role, stamps, inherited, piece.linkTargets(), piece.linkTexts(), piece.boldTerms(), piece.line()));
            lastText = piece.text();
        }
        emitted++;
        return pieces.isEmpty() ? "" : lastText;
    }

    /** Makes one claim of the whole text, however many sentences it seems to hold (a heading). */
    void emitWhole(InlineText.Result inline, String text, List<String> sectionPath, ClaimRole role) {
        if (text.isBlank()) {
            orphanStamps(inline.stamps());
            return;
        }
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(inline);
        emitRow(new Claim(text, sectionPath, role, inline.stamps(), Optional.empty(),
                pieces.stream().flatMap(p -> p.linkTargets().stream()).toList(),
                pieces.stream().flatMap(p -> p.linkTexts().stream()).toList(),
                pieces.stream().flatMap(p -> p.boldTerms().stream()).toList(), inline.firstLine()));
    }

    /** Adds a claim made whole elsewhere (a table row). */
    void emitRow(Claim claim) {
        List<Timestamp> stamps = new ArrayList<>(pendingStamps);
        pendingStamps.clear();
        stamps.addAll(claim.timestamps());
        claims.add(new Claim(claim.text(), claim.sectionPath(), claim.role(), stamps, claim.inherited(), claim.linkTargets(),
                claim.linkTexts(), claim.boldTerms(), claim.line()));
        lastText = claim.text();
        emitted++;
    }

    /** Timestamps left without a sentence (a line holding only anchors) go to the claim before them. */
    void orphanStamps(List<Timestamp> stamps) {
        if (stamps.isEmpty()) {
            return;
        }
        if (claims.isEmpty()) {
            pendingStamps.addAll(stamps);
            return;
        }
        Claim last = claims.remove(claims.size() - 1);
        List<Timestamp> all = new ArrayList<>(last.timestamps());
        stamps.forEach(s -> all.add(s.at(last.text().length())));
        claims.add(new Claim(last.text(), last.sectionPath(), last.role(), all, Optional.empty(), last.linkTargets(),
                last.linkTexts(), last.boldTerms(), last.line()));
    }

    /** Gives the timestamps of empty pieces to their neighbour; a bold term alone becomes its own claim. */
    private List<SentenceSplitter.Piece> withOrphansMerged(List<SentenceSplitter.Piece> pieces, ClaimRole role) {
        List<SentenceSplitter.Piece> kept = new ArrayList<>();
        List<Timestamp> carried = new ArrayList<>();
        for (SentenceSplitter.Piece piece : pieces) {
            if (piece.text().isEmpty()) {
                if (kept.isEmpty()) {
                    carried.addAll(piece.stamps());
                } else {
                    kept.set(kept.size() - 1, plusStamps(kept.get(kept.size() - 1), piece.stamps(), false));
                }
            } else {
                kept.add(plusStamps(piece, carried, true));
                carried.clear();
            }
        }
        if (!carried.isEmpty() && kept.isEmpty() && role instanceof ClaimRole.TermItem item) {
            kept.add(new SentenceSplitter.Piece(item.term(), List.copyOf(carried), List.of(), List.of(), List.of(item.term()), carried.get(0).line()));
        } else {
            orphanStamps(carried);
        }
        return kept;
    }

    private static SentenceSplitter.Piece plusStamps(SentenceSplitter.Piece piece, List<Timestamp> more, boolean before) {
        if (more.isEmpty()) {
            return piece;
        }
        List<Timestamp> all = new ArrayList<>(before ? more : piece.stamps());
        if (before) {
            all.addAll(piece.stamps());
        } else {
            more.forEach(s -> all.add(s.at(piece.text().length())));
        }
        return new SentenceSplitter.Piece(piece.text(), all, piece.linkTargets(), piece.linkTexts(), piece.boldTerms(), piece.line());
    }

    /** The last timestamp of the nearest earlier timed sentence, else the first of the nearest later one. */
    private static Optional<Timestamp> nearestStamp(List<SentenceSplitter.Piece> pieces, int index) {
        for (int i = index - 1; i >= 0; i--) {
            List<Timestamp> stamps = pieces.get(i).stamps();
            if (!stamps.isEmpty()) {
                return Optional.of(stamps.get(stamps.size() - 1));
            }
        }
        for (int i = index + 1; i < pieces.size(); i++) {
            if (!pieces.get(i).stamps().isEmpty()) {
                return Optional.of(pieces.get(i).stamps().get(0));
            }
        }
        return Optional.empty();
    }
}
