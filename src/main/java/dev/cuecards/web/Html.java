package dev.cuecards.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;

/** Renders one template with its view model, plus what every page needs (the CSRF token for forms). */
final class Html {

    static final String RENDERED = "cuecards.rendered";

    /** Rendered pages kept at once; the least recently used beyond it is dropped. */
    private static final int KEPT_PAGES = 64;

    private final TemplateEngine templates;
    /** How long a kept page may be served again: for ever from the jar, a second when templates are read from disk. */
    private final long keepMillis;
    /** Stands for the CSRF token in a kept page; random, so no note's text can hold it. */
    private final String tokenMark = "k" + Long.toHexString(new java.security.SecureRandom().nextLong()) + "t";
    private final Map<List<Object>, Kept> kept = new java.util.LinkedHashMap<>(16, 0.75f, true);

    Html(TemplateEngine templates, long keepMillis) {
        this.templates = templates;
        this.keepMillis = keepMillis;
    }

    Html(TemplateEngine templates) {
        this(templates, Long.MAX_VALUE);
    }

    /**
     * A page rendered with the token and per-request values left as marks, and when it was rendered: its text cut at
     * the marks, each piece already in UTF-8, so that serving it again only writes the pieces and the values between.
     */
    private record Kept(List<byte[]> pieces, List<String> slots, long renderedAt) {

        static Kept of(String html, String tokenMark, java.util.Set<String> marks, long renderedAt) {
            List<byte[]> pieces = new java.util.ArrayList<>();
            List<String> slots = new java.util.ArrayList<>();
            int from = 0;
            for (int at = html.indexOf(tokenMark); at >= 0; at = html.indexOf(tokenMark, from)) {
                String slot = tokenMark;
                for (String mark : marks) {
                    // every per-request mark begins with the token's; the longest that stands here is the one meant
                    if (mark.length() > slot.length() && html.startsWith(mark, at)) {
                        slot = mark;
                    }
                }
                pieces.add(html.substring(from, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                slots.add(slot);
                from = at + slot.length();
            }
            pieces.add(html.substring(from).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Kept(List.copyOf(pieces), List.copyOf(slots), renderedAt);
        }

        byte[] with(Map<String, String> values) {
            List<byte[]> filled = new java.util.ArrayList<>(slots.size());
            int size = 0;
            for (byte[] piece : pieces) {
                size += piece.length;
            }
            for (String slot : slots) {
                byte[] value = values.get(slot).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                filled.add(value);
                size += value.length;
            }
            byte[] page = new byte[size];
            int at = 0;
            for (int k = 0; k < pieces.size(); k++) {
                System.arraycopy(pieces.get(k), 0, page, at, pieces.get(k).length);
                at += pieces.get(k).length;
                if (k < filled.size()) {
                    System.arraycopy(filled.get(k), 0, page, at, filled.get(k).length);
                    at += filled.get(k).length;
                }
            }
            return page;
        }
    }

    /**
     * Renders like {@link #render}, but keeps the page: the same view model (the values in {@code perRequest} aside,
     * which must be plain text needing no escaping) is served again without rendering, its CSRF token and
     * per-request values written into it as it is sent.
     */
    void renderKept(Context ctx, String template, Map<String, Object> model, Map<String, String> perRequest) {
        Map<String, Object> fixed = new HashMap<>(model);
        fixed.put("signedIn", ctx.attribute(Guard.SIGNED_IN) != null);
        Map<String, String> marks = new java.util.LinkedHashMap<>();
        perRequest.forEach((name, value) -> {
            StringBuilder letters = new StringBuilder();
            name.chars().filter(c -> c < 128 && Character.isLetter(c)).forEach(letters::appendCodePoint);
            String mark = tokenMark + name.length() + letters + "v";
            fixed.put(name, mark);
            marks.put(mark, value);
        });
        // The token's mark last: each per-request mark begins with it.
        marks.put(tokenMark, String.valueOf(ctx.<String>attribute(Guard.CSRF_FIELD)));
        List<Object> key = List.of(template, fixed);
        long now = System.currentTimeMillis();
        Kept page;
        synchronized (kept) {
            page = kept.get(key);
        }
        if (page == null || now - page.renderedAt() > keepMillis) {
            Map<String, Object> all = new HashMap<>(fixed);
            all.put("csrf", tokenMark);
            all.putIfAbsent("nav", template);
            org.thymeleaf.context.Context variables = new org.thymeleaf.context.Context();
            variables.setVariables(all);
            page = Kept.of(templates.process(template, variables), tokenMark, marks.keySet(), now);
            synchronized (kept) {
                kept.put(key, page);
                if (kept.size() > KEPT_PAGES) {
                    kept.remove(kept.keySet().iterator().next());
                }
            }
        }
        ctx.attribute(RENDERED, true);
        ctx.contentType("text/html; charset=utf-8").result(page.with(marks));
    }

    void render(Context ctx, String template, Map<String, Object> model) {
        org.thymeleaf.context.Context variables = new org.thymeleaf.context.Context();
        Map<String, Object> all = new HashMap<>(model);
        all.put("csrf", ctx.attribute(Guard.CSRF_FIELD));
        all.put("signedIn", ctx.attribute(Guard.SIGNED_IN) != null);
        all.putIfAbsent("nav", template);
        variables.setVariables(all);
        ctx.attribute(RENDERED, true);
        ctx.contentType("text/html; charset=utf-8").result(templates.process(template, variables));
    }

    /** An error page with its status: 400 for a user's mistake, 404 for an unknown id, 500 for a bug of ours. */
    void error(Context ctx, int status, String title, String message) {
        ctx.status(status);
        render(ctx, "error", Map.of("title", title, "message", message));
    }
}
