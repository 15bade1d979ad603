package dev.cuecards.web;

import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.VaultReading;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;

/** Handlers for the HTML pages: each reads its input, builds a view model and renders one template. */
final class Pages {

    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);

    private static final String RENDERED = "cuecards.rendered";

    private final TemplateEngine templates;
    private final VaultReading reading;
    private final Path notesFolder;

    Pages(TemplateEngine templates, VaultReading reading, Path notesFolder) {
        this.templates = templates;
        this.reading = reading;
        this.notesFolder = notesFolder;
    }

    /** A note as the home page lists it. */
    record NoteRow(String url, String title, String channel, int claims, int timestamps, String videoUrl) {
    }

    /** A note's page: its header and its rendered text. */
    record NoteView(String title, String channel, String videoUrl, String html, List<NoteProblem> problems) {
    }

    void home(Context ctx) {
        List<NoteRow> rows = reading.notes().stream()
                .sorted(Comparator.comparing((Note n) -> n.channelKey().orElse("~")).thenComparing(Note::title))
                .map(n -> new NoteRow(noteUrl(n), n.title(), n.channel().orElse("—"), n.claims().size(), n.timestampCount(),
                        n.videoId().map(v -> v.url(null)).orElse(null)))
                .toList();
        List<NoteProblem> problems = reading.allProblems();
        render(ctx, "home", Map.of("title", "Cuecards", "notes", rows, "problems", problems));
    }

    void note(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Note note = reading.notes().stream().filter(n -> n.id().value().equals(id)).findFirst().orElse(null);
        if (note == null) {
            ctx.status(HttpStatus.NOT_FOUND);
            render(ctx, "error", Map.of("title", "Not found", "message", "There is no note with the id '" + id + "'."));
            return;
        }
        String markdown = Files.readString(notesFolder.resolve(note.relativePath()));
        NoteView view = new NoteView(note.title(), note.channel().orElse(""), note.videoId().map(v -> v.url(null)).orElse(null),
                NoteRenderer.render(markdown, note.videoId()), note.problems());
        render(ctx, "note", Map.of("title", note.title(), "note", view));
    }

    /** The page of a note: its id's path segments, each URL-encoded. */
    static String noteUrl(Note note) {
        StringBuilder url = new StringBuilder("/notes");
        for (String segment : note.id().value().split("/")) {
            url.append('/').append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    void notFound(Context ctx) {
        if (ctx.attribute(RENDERED) != null) {
            return;
        }
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
        ctx.attribute(RENDERED, true);
        ctx.contentType("text/html; charset=utf-8").result(templates.process(template, variables));
    }
}
