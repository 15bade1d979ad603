package dev.cuecards.web;

import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.VaultReading;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;

/** Handlers for the HTML pages: each reads its input, builds a view model and renders one template. */
final class Pages {

    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);

    private final TemplateEngine templates;
    private final VaultReading reading;

    Pages(TemplateEngine templates, VaultReading reading) {
        this.templates = templates;
        this.reading = reading;
    }

    /** A note as the home page lists it. */
    record NoteRow(String title, String channel, int claims, int timestamps, String videoUrl) {
    }

    void home(Context ctx) {
        List<NoteRow> rows = reading.notes().stream()
                .sorted(Comparator.comparing((Note n) -> n.channelKey().orElse("~")).thenComparing(Note::title))
                .map(n -> new NoteRow(n.title(), n.channel().orElse("—"), n.claims().size(), n.timestampCount(),
                        n.videoId().map(v -> v.url(null)).orElse(null)))
                .toList();
        List<NoteProblem> problems = reading.allProblems();
        render(ctx, "home", Map.of("title", "Cuecards", "notes", rows, "problems", problems));
    }

    void notFound(Context ctx) {
        render(ctx, "error", Map.of("title", "Not found", "message", "There is no page at " + ctx.path() + "."));
    }

    void failure(Exception e, Context ctx) {
        LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        render(ctx, "error", Map.of("title", "Something went wrong", "message", "Cuecards hit an error of its own; the details are in its log."));
    }

    private void render(Context ctx, String template, Map<String, Object> model) {
        org.thymeleaf.context.Context variables = new org.thymeleaf.context.Context();
        variables.setVariables(model);
        ctx.contentType("text/html; charset=utf-8").result(templates.process(template, variables));
    }
}
