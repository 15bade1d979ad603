package dev.cuecards.notes;

import java.util.Arrays;
import java.util.List;

/**
 * The inside of {@code [[...]]}: the target note and the text a reader sees. With an alias ({@code [[a | b]]}) the
 * reader sees the alias; with several ({@code [[a | b | c]]}) the last one; without, the target without its
 * {@code #heading} or {@code ^block} part.
 */
record WikiLink(String target, String display) {

    static WikiLink parse(String inside) {
        List<String> parts = Arrays.stream(inside.split("\\|")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty()) {
            return new WikiLink("", "");
        }
        String target = withoutSubpath(parts.get(0));
        String display = parts.size() > 1 ? parts.get(parts.size() - 1) : readableTarget(parts.get(0));
        return new WikiLink(target, display);
    }

    private static String withoutSubpath(String target) {
        int hash = target.indexOf('#');
        return (hash >= 0 ? target.substring(0, hash) : target).strip();
    }

    private static String readableTarget(String target) {
        String page = withoutSubpath(target);
        if (!page.isEmpty()) {
            return page;
        }
        return target.replaceFirst("^#\\^?", "").strip();
    }
}
