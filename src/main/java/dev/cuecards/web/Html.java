package dev.cuecards.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.thymeleaf.TemplateEngine;

/** Renders one template with its view model, plus what every page needs (the CSRF token for forms). */
final class Html {

    static final String RENDERED = "cuecards.rendered";

    private final TemplateEngine templates;

    Html(TemplateEngine templates) {
        this.templates = templates;
    }

    void render(Context ctx, String template, Map<String, Object> model) {
        org.thymeleaf.context.Context variables = new org.thymeleaf.context.Context();
        Map<String, Object> all = new HashMap<>(model);
        all.put("csrf", ctx.attribute(Guard.CSRF_FIELD));
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
