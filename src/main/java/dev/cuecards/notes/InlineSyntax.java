package dev.cuecards.notes;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import java.util.Set;

/**
 * An inline form of our own that starts at one character: flexmark's extension plumbing said once, so that a
 * syntax only names its character and how it parses there.
 */
abstract class InlineSyntax implements InlineParserExtensionFactory {

    private final String trigger;

    InlineSyntax(String trigger) {
        this.trigger = trigger;
    }

    /** Parses the form at the parser's index; true when it took the input, false to leave it to flexmark. */
    abstract boolean parse(LightInlineParser parser);

    @Override
    public final CharSequence getCharacters() {
        return trigger;
    }

    @Override
    public final InlineParserExtension apply(LightInlineParser inlineParser) {
        return new InlineParserExtension() {
            @Override
            public void finalizeDocument(InlineParser parser) {
            }

            @Override
            public void finalizeBlock(InlineParser parser) {
            }

            @Override
            public boolean parse(LightInlineParser parser) {
                return InlineSyntax.this.parse(parser);
            }
        };
    }

    @Override
    public final Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public final Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public final boolean affectsGlobalScope() {
        return false;
    }
}
