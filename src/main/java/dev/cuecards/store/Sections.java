package dev.cuecards.store;

import java.util.List;

/** A claim's headings as one text, outermost first: {@code "Types of Databases › In-Memory Databases"}. */
final class Sections {

    static final String SEPARATOR = " › ";

    private Sections() {
    }

    static String join(List<String> headings) {
        return String.join(SEPARATOR, headings);
    }
}
