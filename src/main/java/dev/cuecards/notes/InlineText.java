package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a run of inline markdown (a paragraph, list item, table cell or heading) into reader-visible text.
 *
 * <p>The result still carries invisible marks so that the sentence splitter can tell which timestamps, wiki links
 * and bold phrases belong to which sentence: {@link #STAMP} stands where a timestamp was, {@link #BOLD_OPEN} and
 * {@link #BOLD_CLOSE} around bold text, {@link #LINK_OPEN} and {@link #LINK_CLOSE} around a wiki link's visible text.
 * Code spans, math and escaped characters are parked behind single placeholder characters so no later step reads
 * markup into them. This is the one place where inline markup becomes plain text.
 */
final class InlineText {

    static final char STAMP = '\uE000';
    static final char BOLD_OPEN = '\uE010';
    static final char BOLD_CLOSE = '\uE011';
    static final char LINK_OPEN = '\uE012';
    static final char LINK_CLOSE = '\uE013';
    private static final char FIRST_PLACEHOLDER = '\uE100';
    private static final char LAST_PLACEHOLDER = '\uF8FF';
    private static final Pattern PRIVATE_USE = Pattern.compile("[\uE000-\uF8FF]");

    private static final Pattern ANCHOR_OR_BARE_TIME = Pattern.compile(
            "<a\\b[^>\\n]*>|\\[(\\d{1,3}:\\d{2}(?::\\d{2})?)\\](?![(\\[])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_T = Pattern.compile("data-t\\s*=\\s*[\"']?([^\"'>\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMESTAMP_CLASS = Pattern.compile("yt-timestamp", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANCHOR_CLOSE = Pattern.compile("</a\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]\\n]{0,24}\\]");
    private static final int ANCHOR_TEXT_LIMIT = 80;

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`)([\\s\\S]*?[^`])\\1(?!`)");
    private static final Pattern DISPLAY_MATH = Pattern.compile("\\$\\$([\\s\\S]+?)\\$\\$");
    private static final Pattern INLINE_MATH = Pattern.compile("(?<![\\\\$\\w])\\$(?=[^\\s$])([^$\\n]*?[^\\s\\\\$])\\$(?![\\d$])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern TRANSCLUSION = Pattern.compile("!\\[\\[[^\\]\\n]*\\]\\]");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]\\n]+?)\\]\\]");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?-->");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUP = Pattern.compile("<sup>([\\s\\S]*?)</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUB = Pattern.compile("<sub>([\\s\\S]*?)</sub>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern BOLD_STARS = Pattern.compile("\\*\\*(?=[^\\s*])([^\\n]*?[^\\s])\\*\\*");
    private static final Pattern BOLD_UNDERSCORES = Pattern.compile("(?<![\\w])__(?=\\S)([^\\n]*?\\S)__(?![\\w])");
    private static final Pattern ITALIC_STAR = Pattern.compile("\\*(?=[^\\s*])([^*\\n]*?[^\\s*])\\*|\\*([^\\s*])\\*");
    private static final Pattern ITALIC_UNDERSCORE = Pattern.compile("(?<![\\w])_(?=\\S)([^_\\n]*?\\S)_(?![\\w])");
    private static final Pattern STRIKE_OR_MARK = Pattern.compile("(~~|==)(?=\\S)([^\\n]*?\\S)\\1");
    private static final Pattern STRAY_STARS = Pattern.compile("\\*\\*+");

    private final String path;
    private final List<Timestamp> stamps = new ArrayList<>();
    private final List<String> linkTargets = new ArrayList<>();
    private final List<String> placeholders = new ArrayList<>();
    private final List<NoteProblem> problems = new ArrayList<>();

    private InlineText(String path) {
        this.path = path;
    }

    /** What a run of inline markdown became. */
    record Result(String marked, List<Timestamp> stamps, List<String> linkTargets, List<String> placeholders,
                  List<NoteProblem> problems, int firstLine) {

        /** The reader-visible text of a stretch of {@link #marked}, with every mark removed. */
        String render(String stretch) {
            String cleaned = Punctuation.tidy(stripMarks(Punctuation.aroundStamps(stretch)));
            StringBuilder out = new StringBuilder(cleaned.length() + 16);
            for (int i = 0; i < cleaned.length(); i++) {
                char c = cleaned.charAt(i);
                out.append(isPlaceholder(c) ? placeholders.get(c - FIRST_PLACEHOLDER) : String.valueOf(c));
            }
            return Punctuation.collapseSpaces(out.toString());
        }
    }

    static Result scan(String path, List<String> lines, int firstLine) {
        InlineText scanner = new InlineText(path);
        String text = withoutPrivateUse(String.join("\n", lines));
        text = scanner.takeTimestamps(text, firstLine);
        text = scanner.park(text, CODE_SPAN, m -> codeSpanText(m.group(2)));
        text = scanner.park(text, DISPLAY_MATH, m -> "$$ " + m.group(1).strip().replaceAll("\\s+", " ") + " $$");
        text = scanner.park(text, INLINE_MATH, m -> "$" + m.group(1) + "$");
        text = scanner.park(text, ESCAPE, m -> m.group(1));
        text = TRANSCLUSION.matcher(text).replaceAll("");
        text = scanner.replaceWikiLinks(text);
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = COMMENT.matcher(text).replaceAll("");
        text = LINE_BREAK_TAG.matcher(text).replaceAll(" ");
        text = SUP.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Scripts.superscript(m.group(1))));
        text = SUB.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Scripts.subscript(m.group(1))));
        text = TAG.matcher(text).replaceAll("");
        text = Entities.decode(text);
        text = markEmphasis(text);
        return new Result(text, scanner.stamps, scanner.linkTargets, scanner.placeholders, scanner.problems, firstLine);
    }

    /** A code line keeps its text as written; only its timestamps are taken out. */
    static Result scanCode(String path, String line, int lineNumber) {
        InlineText scanner = new InlineText(path);
        String text = scanner.takeTimestamps(withoutPrivateUse(line), lineNumber);
        return new Result(text, scanner.stamps, List.of(), List.of(), scanner.problems, lineNumber);
    }

    /** True when the text holds a timestamp anchor or a bare bracketed time. */
    static boolean mentionsTimestamp(String text) {
        return text.contains("data-t") || text.contains("yt-timestamp") || ANCHOR_OR_BARE_TIME.matcher(text).find() && text.contains(":");
    }

    /** The marks live in Unicode's private use area, so the note's own characters there are dropped first. */
    private static String withoutPrivateUse(String text) {
        return PRIVATE_USE.matcher(text).replaceAll("");
    }

    private static boolean isPlaceholder(char c) {
        return c >= FIRST_PLACEHOLDER && c <= LAST_PLACEHOLDER;
    }

    /** Replaces every anchor and bare {@code [HH:MM:SS]} with a {@link #STAMP} mark, remembering its time. */
    private String takeTimestamps(String text, int firstLine) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = ANCHOR_OR_BARE_TIME.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int line = firstLine + countNewlines(text, 0, m.start());
            if (m.group(1) != null) {
                out.append(text, from, m.start());
                addStamp(out, m.group(1), line);
                from = m.end();
                continue;
            }
            String tag = m.group();
            Matcher dataT = DATA_T.matcher(tag);
            boolean hasDataT = dataT.find();
            if (!hasDataT && !TIMESTAMP_CLASS.matcher(tag).find()) {
                out.append(text, from, m.end());
                from = m.end();
                continue;
            }
            out.append(text, from, m.start());
            int end = anchorEnd(text, m.end(), line);
            String anchorText = text.substring(m.end(), end).replaceAll("(?i)</a\\s*>$", "");
            String value = hasDataT ? dataT.group(1) : anchorText.replaceAll("[\\[\\]\\s]", "");
            addStamp(out, value, line);
            from = end;
        }
        out.append(text, from, text.length());
        return out.toString();
    }

    /** Where an anchor opened at {@code start} ends: after its {@code </a>}, or after its bracketed time if unclosed. */
    private int anchorEnd(String text, int start, int line) {
        int lineEnd = text.indexOf('\n', start);
        int limit = Math.min(lineEnd < 0 ? text.length() : lineEnd, start + ANCHOR_TEXT_LIMIT);
        Matcher close = ANCHOR_CLOSE.matcher(text).region(start, limit);
        if (close.find() && !text.substring(start, close.start()).toLowerCase().contains("<a")) {
            return close.end();
        }
        problems.add(new NoteProblem(path, line, "timestamp anchor is not closed with </a>"));
        Matcher bracket = BRACKETED.matcher(text).region(start, limit);
        return bracket.lookingAt() ? bracket.end() : start;
    }

    private void addStamp(StringBuilder out, String value, int line) {
        Optional<Integer> seconds = Timestamp.parseSeconds(value);
        if (seconds.isEmpty()) {
            problems.add(new NoteProblem(path, line, "malformed timestamp '" + value
                    + "' (expected HH:MM:SS with minutes and seconds 00-59); it is ignored"));
            return;
        }
        stamps.add(new Timestamp(seconds.get(), line));
        out.append(STAMP);
    }

    /** Hides each match behind one placeholder character, followed by the newlines it spanned. */
    private String park(String text, Pattern pattern, Function<java.util.regex.MatchResult, String> display) {
        return pattern.matcher(text).replaceAll(m -> {
            int index = placeholders.size();
            if (FIRST_PLACEHOLDER + index > LAST_PLACEHOLDER) {
                return Matcher.quoteReplacement(display.apply(m));
            }
            placeholders.add(display.apply(m));
            String newlines = "\n".repeat(countNewlines(m.group(), 0, m.group().length()));
            return Matcher.quoteReplacement((char) (FIRST_PLACEHOLDER + index) + newlines);
        });
    }

    private String replaceWikiLinks(String text) {
        return WIKI_LINK.matcher(text).replaceAll(m -> {
            WikiLink link = WikiLink.parse(m.group(1));
            linkTargets.add(link.target());
            return Matcher.quoteReplacement(LINK_OPEN + link.display() + LINK_CLOSE);
        });
    }

    private static String markEmphasis(String text) {
        String marked = BOLD_STARS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(BOLD_OPEN + m.group(1) + BOLD_CLOSE));
        marked = BOLD_UNDERSCORES.matcher(marked).replaceAll(m -> Matcher.quoteReplacement(BOLD_OPEN + m.group(1) + BOLD_CLOSE));
        marked = ITALIC_STAR.matcher(marked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        marked = ITALIC_UNDERSCORE.matcher(marked).replaceAll("$1");
        marked = STRIKE_OR_MARK.matcher(marked).replaceAll("$2");
        return STRAY_STARS.matcher(marked).replaceAll("");
    }

    private static String codeSpanText(String content) {
        String flat = content.replace('\n', ' ');
        return flat.length() > 2 && flat.startsWith(" ") && flat.endsWith(" ") ? flat.substring(1, flat.length() - 1) : flat;
    }

    static String stripMarks(String stretch) {
        StringBuilder out = new StringBuilder(stretch.length());
        for (int i = 0; i < stretch.length(); i++) {
            char c = stretch.charAt(i);
            if (c != STAMP && c != BOLD_OPEN && c != BOLD_CLOSE && c != LINK_OPEN && c != LINK_CLOSE) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static int countNewlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
