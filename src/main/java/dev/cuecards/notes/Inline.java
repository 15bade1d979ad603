package dev.cuecards.notes;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a note's inline text, as read from flexmark's inline nodes: what a claim's text and the note page
 * are both made of. Offsets are characters into the note's text, {@code start} inclusive and {@code end} exclusive.
 */
public sealed interface Inline {

    int start();

    int end();

    /** Plain text, with escapes and character references already decoded. */
    record Text(String text, int start, int end) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A moment of the video written in the note: an anchor, a bare {@code [00:17:33]} or a link such as
     * {@code [00:00:15](#t=00:00:15)}.
     *
     * @param written the time as written, well formed; what it means depends on the note's {@link StampConvention}
     * @param line    the source line it is written on
     */
    record Stamp(String written, int line, int start, int end) implements Inline {
        public Stamp {
            Objects.requireNonNull(written, "written");
            if (line < 1) {
                throw new IllegalArgumentException("a stamp's line must be 1 or more, got " + line);
            }
        }
    }

    /**
     * A link: a wiki link to another note ({@code wiki}), or a web link. {@code text} is what a reader sees: a wiki
     * link's alias, else its page without the {@code #heading}.
     */
    record Link(String target, String text, boolean wiki, int start, int end) implements Inline {
        public Link {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Bold ({@code strong}) or italic text, holding further pieces. */
    record Emphasis(boolean strong, List<Inline> content, int start, int end) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    /** A code span, verbatim. */
    record Code(String text, int start, int end) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A TeX formula, inline ({@code $x$}) or displayed ({@code $$x$$}); {@code tex} is what stood between the marks. */
    record Math(String tex, boolean display, int start, int end) implements Inline {
        public Math {
            Objects.requireNonNull(tex, "tex");
        }

        /** The formula as it reads in a claim: with its dollar signs. */
        public String shown() {
            return display ? "$$ " + tex + " $$" : "$" + tex + "$";
        }
    }

    /** The end of a source line inside a block: a soft break (the line simply ended) or a hard one ({@code <br>}). */
    record Break(boolean hard, int start, int end) implements Inline {
    }
}
