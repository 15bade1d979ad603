package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts marked inline text into sentences and gives each the timestamps, links and bold phrases written in it.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} followed by space and something that can start a
 * sentence, but not after abbreviations ("e.g.", "U.S.", "vs."), initials or inside numbers ("3.5"). A line that
 * ends with a timestamp also ends its sentence. A timestamp belongs to the sentence before it, unless it opens a
 * line after a sentence that already has its own.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "vs", "cf", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp",
            "no", "nos", "fig", "figs", "approx", "dept", "est", "al", "u.s", "u.k", "a.m", "p.m", "ph.d",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vol", "pp", "eq",
            "ca", "resp", "viz", "gen", "gov", "sen", "rep", "rev", "mt", "ft", "op");

    /** One sentence: its text, and what was written in it. */
    record Piece(String text, List<Timestamp> stamps, List<String> linkTargets, List<String> linkTexts, List<String> boldTerms, int line) {
    }

    private SentenceSplitter() {
    }

    static List<Piece> split(InlineText.Result inline) {
        String marked = inline.marked();
        List<Integer> starts = sentenceStarts(marked);
        List<Piece> pieces = new ArrayList<>();
        int stampIndex = 0;
        int linkIndex = 0;
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : marked.length();
            String stretch = marked.substring(start, end);
            int stampCount = count(stretch, InlineText.STAMP);
            int linkCount = count(stretch, InlineText.LINK_OPEN);
            String text = inline.render(stretch);
            List<Timestamp> stamps = positioned(inline.stamps().subList(stampIndex, stampIndex + stampCount), stretch, text.length());
            List<String> targets = inline.linkTargets().subList(linkIndex, Math.min(linkIndex + linkCount, inline.linkTargets().size()));
            stampIndex += stampCount;
            linkIndex += linkCount;
            int line = inline.firstLine() + InlineText.countNewlines(marked, 0, firstVisible(marked, start));
            pieces.add(new Piece(text, stamps, List.copyOf(targets),
                    between(inline, stretch, InlineText.LINK_OPEN, InlineText.LINK_CLOSE),
                    between(inline, stretch, InlineText.BOLD_OPEN, InlineText.BOLD_CLOSE), line));
        }
        return pieces;
    }

    /** Gives each timestamp its place in the rendered sentence, in proportion to the visible text before its mark. */
    private static List<Timestamp> positioned(List<Timestamp> stamps, String stretch, int renderedLength) {
        String visible = InlineText.stripMarks(stretch);
        List<Timestamp> placed = new ArrayList<>();
        int seen = 0;
        int visibleBefore = 0;
        for (int i = 0; i < stretch.length() && seen < stamps.size(); i++) {
            char c = stretch.charAt(i);
            if (c == InlineText.STAMP) {
                double share = visible.isEmpty() ? 1 : (double) visibleBefore / visible.length();
                placed.add(stamps.get(seen++).at((int) Math.round(share * renderedLength)));
            } else if (c != InlineText.BOLD_OPEN && c != InlineText.BOLD_CLOSE && c != InlineText.LINK_OPEN && c != InlineText.LINK_CLOSE) {
                visibleBefore++;
            }
        }
        return List.copyOf(placed);
    }

    private static List<Integer> sentenceStarts(String marked) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            int next = -1;
            if (c == '.' || c == '!' || c == '?') {
                next = afterSentenceEnd(marked, i);
            } else if (c == InlineText.STAMP && endsLine(marked, i)) {
                next = nextStart(marked, i + 1, true);
            }
            if (next > 0 && next < marked.length()) {
                starts.add(lineOpeningStamps(marked, starts.get(starts.size() - 1), next));
                i = next - 1;
            }
        }
        return starts;
    }

    /** The start of the next sentence when the punctuation at {@code at} ends one, else -1. */
    private static int afterSentenceEnd(String marked, int at) {
        if (marked.charAt(at) == '.' && isAbbreviation(marked, at)) {
            return -1;
        }
        int j = at + 1;
        while (j < marked.length() && "\"'”’)]".indexOf(marked.charAt(j)) >= 0
                || j < marked.length() && (marked.charAt(j) == InlineText.BOLD_CLOSE || marked.charAt(j) == InlineText.LINK_CLOSE)) {
            j++;
        }
        if (j >= marked.length() || !(Character.isWhitespace(marked.charAt(j)) || marked.charAt(j) == InlineText.STAMP)) {
            return -1;
        }
        return nextStart(marked, j, false);
    }

    /** Skips spaces and timestamps; returns where a new sentence begins, or -1 if what follows cannot begin one. */
    private static int nextStart(String marked, int from, boolean needsNewline) {
        int j = from;
        boolean sawNewline = false;
        while (j < marked.length() && (Character.isWhitespace(marked.charAt(j)) || marked.charAt(j) == InlineText.STAMP
                || j > from && isSeparator(marked.charAt(j)) && marked.charAt(j - 1) == InlineText.STAMP)) {
            sawNewline |= marked.charAt(j) == '\n';
            j++;
        }
        if (j >= marked.length() || needsNewline && !sawNewline) {
            return -1;
        }
        return canStartSentence(marked, j) ? j : -1;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';';
    }

    private static boolean canStartSentence(String marked, int at) {
        int k = at;
        while (k < marked.length() && (marked.charAt(k) == InlineText.BOLD_OPEN || marked.charAt(k) == InlineText.LINK_OPEN
                || "\"'“‘([".indexOf(marked.charAt(k)) >= 0)) {
            k++;
        }
        if (k >= marked.length()) {
            return false;
        }
        char c = marked.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || c >= '\uE100' || k > at;
    }

    private static boolean endsLine(String marked, int stampAt) {
        int j = stampAt + 1;
        while (j < marked.length() && (marked.charAt(j) == ' ' || marked.charAt(j) == '\t' || marked.charAt(j) == InlineText.STAMP
                || ".,;:".indexOf(marked.charAt(j)) >= 0)) {
            j++;
        }
        return j < marked.length() && marked.charAt(j) == '\n';
    }

    private static boolean isAbbreviation(String marked, int dotAt) {
        int k = dotAt;
        while (k > 0 && (Character.isLetter(marked.charAt(k - 1)) || marked.charAt(k - 1) == '.')) {
            k--;
        }
        String word = marked.substring(k, dotAt);
        if (word.isEmpty()) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || word.indexOf('.') > 0 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Timestamps opening a new line after a sentence that already has its own belong to the next sentence: moves
     * the cut back to that line start.
     */
    private static int lineOpeningStamps(String marked, int previousStart, int next) {
        int newline = marked.lastIndexOf('\n', next - 1);
        if (newline < previousStart || newline + 1 >= next) {
            return next;
        }
        String opening = marked.substring(newline + 1, next).strip();
        boolean onlyStamps = !opening.isEmpty() && opening.chars().allMatch(ch -> ch == InlineText.STAMP || Character.isWhitespace(ch));
        boolean previousHasOwn = count(marked.substring(previousStart, newline), InlineText.STAMP) > 0;
        return onlyStamps && previousHasOwn ? newline + 1 : next;
    }

    /** The visible texts set between an opening and a closing mark: bold phrases, or wiki links' texts. */
    private static List<String> between(InlineText.Result inline, String stretch, char openMark, char closeMark) {
        List<String> terms = new ArrayList<>();
        int open = stretch.indexOf(openMark);
        while (open >= 0) {
            int close = stretch.indexOf(closeMark, open);
            if (close < 0) {
                break;
            }
            String term = inline.render(stretch.substring(open + 1, close)).replaceAll("[:.]$", "").strip();
            if (!term.isEmpty()) {
                terms.add(term);
            }
            open = stretch.indexOf(openMark, close);
        }
        return List.copyOf(terms);
    }

    private static int firstVisible(String marked, int from) {
        int j = from;
        while (j < marked.length() && (Character.isWhitespace(marked.charAt(j)) || marked.charAt(j) == InlineText.STAMP)) {
            j++;
        }
        return Math.min(j, marked.length());
    }

    private static int count(String text, char mark) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == mark) {
                n++;
            }
        }
        return n;
    }
}
