package dev.cuecards.notes;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The two flexmark parsers Cuecards reads notes with, built once: front matter, tables, wiki links with the target
 * first ({@code [[Target | alias]]}), TeX math, and an inline parser that never looks further than a few
 * kilobytes. The second one reads HTML blocks as paragraphs, for the text inside HTML a note wraps its lines in.
 */
final class Flexmark {

    private static final Parser NOTE = build(true);
    private static final Parser INLINE_HTML = build(false);

    private Flexmark() {
    }

    /** Parses one piece of a note (see {@link ParseUnits}); offsets and line numbers are relative to it. */
    static Document parse(String text) {
        return NOTE.parse(text);
    }

    /** Parses text with every HTML tag read as inline HTML, even one opening a line. */
    static Document parseHtmlAsText(String text) {
        return INLINE_HTML.parse(text);
    }

    private static Parser build(boolean htmlBlocks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create(), WikiLinkExtension.create()));
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(WikiLinkExtension.IMAGE_LINKS, true);
        options.set(Parser.HTML_BLOCK_PARSER, htmlBlocks);
        return Parser.builder(options)
                .customInlineParserFactory(BoundedInlineParser::new)
                .customInlineParserExtensionFactory(new MathSyntax())
                .customInlineParserExtensionFactory(new TagSyntax())
                .build();
    }
}
