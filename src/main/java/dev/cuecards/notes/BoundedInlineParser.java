package dev.cuecards.notes;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser, fed at most a few kilobytes at a time.
 *
 * <p>Several of flexmark's inline rules look at the whole rest of a block each time they are tried: an unclosed
 * {@code [a](}, {@code <sup>} or backtick scans to the end of the paragraph, and inline HTML copies it. On a 400 KB
 * paragraph that is minutes. Long inline content is therefore parsed in chunks cut at sentence ends (else at spaces,
 * else anywhere), outside tags and wiki links, so no rule ever looks further than one chunk. Text dense in the
 * characters those rules start on gets smaller chunks. A construct spanning a cut (emphasis over several sentences
 * of a very long paragraph) is read as plain text on both sides; nothing is lost.
 */
final class BoundedInlineParser extends InlineParserImpl {

    static final int CHUNK = 1024;
    static final int DENSE_CHUNK = 256;
    static final int VERY_DENSE_CHUNK = 64;
    /** More than one of {@code [ < ` ! &} in this many characters makes a chunk dense; in the second, very dense. */
    private static final int DENSE_SPACING = 16;
    private static final int VERY_DENSE_SPACING = 6;

    BoundedInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                        Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                        List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    /** A block this long and this dense in markup characters is read as plain text: see {@link #isPathological}. */
    static final int PATHOLOGICAL_LENGTH = 16 * 1024;

    @Override
    public void parse(BasedSequence content, Node block) {
        if (isPathological(content)) {
            block.appendChild(new Text(content));
            return;
        }
        if (content.length() <= VERY_DENSE_CHUNK) {
            super.parse(content, block);
            return;
        }
        String chars = content.toString();
        int start = 0;
        while (start < chars.length()) {
            int end = cut(chars, start);
            Paragraph holder = new Paragraph();
            super.parse(content.subSequence(start, end), holder);
            BasedSequence skipped = trailingSpace(content, start, end);
            for (Node child = holder.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                block.appendChild(child);
                child = next;
            }
            if (skipped != null && end < chars.length()) {
                block.appendChild(new Text(skipped));
            }
            start = end;
        }
    }

    /** The whitespace at the end of a chunk, which the parser trims but which separates it from the next. */
    private static BasedSequence trailingSpace(BasedSequence content, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(content.charAt(i - 1))) {
            i--;
        }
        return i < end ? content.subSequence(i, end) : null;
    }

    /** Where the chunk starting at {@code start} ends: the best boundary in the second half of its window. */
    static int cut(String chars, int start) {
        int window = window(chars, start);
        int limit = Math.min(chars.length(), start + window);
        if (limit == chars.length()) {
            return limit;
        }
        int sentenceEnd = -1;
        int space = -1;
        boolean inTag = false;
        int wikiDepth = 0;
        for (int i = start; i < limit; i++) {
            char c = chars.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (c == '[' && i + 1 < limit && chars.charAt(i + 1) == '[') {
                wikiDepth = 1;
            } else if (c == ']' && i + 1 < limit && chars.charAt(i + 1) == ']') {
                wikiDepth = 0;
            } else if (Character.isWhitespace(c) && !inTag && wikiDepth == 0 && i > start + window / 2) {
                space = i + 1;
                char before = chars.charAt(i - 1);
                if (before == '.' || before == '!' || before == '?' || before == '\n') {
                    sentenceEnd = i + 1;
                }
            }
        }
        int end = sentenceEnd > 0 ? sentenceEnd : space > 0 ? space : limit;
        return Character.isLowSurrogate(chars.charAt(end)) ? end - 1 : end;
    }

    /**
     * True for a block over 16 KB in which every sixth character or more could open markup: not text anyone wrote,
     * and even in bounded chunks slow to parse. It is read as plain text (the walker reports it).
     */
    static boolean isPathological(CharSequence content) {
        if (content.length() <= PATHOLOGICAL_LENGTH) {
            return false;
        }
        int risky = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '[' || c == '<' || c == '`' || c == '!' || c == '&') {
                risky++;
            }
        }
        return risky * VERY_DENSE_SPACING > content.length();
    }

    private static int window(String chars, int start) {
        int limit = Math.min(chars.length(), start + CHUNK);
        int risky = 0;
        for (int i = start; i < limit; i++) {
            char c = chars.charAt(i);
            if (c == '[' || c == '<' || c == '`' || c == '!' || c == '&') {
                risky++;
            }
        }
        int length = limit - start;
        return risky * VERY_DENSE_SPACING > length ? VERY_DENSE_CHUNK : risky * DENSE_SPACING > length ? DENSE_CHUNK : CHUNK;
    }
}
