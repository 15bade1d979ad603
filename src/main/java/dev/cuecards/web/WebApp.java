package dev.cuecards.web;


import dev.cuecards.study.StaleAnswerException;
import dev.cuecards.study.Study;
import dev.cuecards.study.UnavailableCardException;
import dev.cuecards.study.UnknownCardException;
import dev.cuecards.study.Videos;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web application, built from what it needs so a test can start the real thing on port 0. Its routes below read
 * as the site map.
 */
public final class WebApp {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private static final java.util.Set<io.javalin.http.HandlerType> SAFE_GET = java.util.Set.of(io.javalin.http.HandlerType.GET);

    private final Javalin javalin;

    private WebApp(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * What the app serves: the study queue and the videos over the database, and the notes folder.
     *
     * @param notesFolder where the notes are, for rendering a note's page
     * @param sync        where a background sync of the vault stands, for the home page
     * @param database    the database itself, for the settings kept beside the study ones (backups)
     */
    public record Setup(Study study, Videos videos, Path notesFolder, SyncStatus sync, dev.cuecards.store.Database database) {
        public Setup {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(study, "study");
            Objects.requireNonNull(videos, "videos");
            Objects.requireNonNull(notesFolder, "notesFolder");
            Objects.requireNonNull(sync, "sync");
        }
    }

    /**
     * @param allowedHosts names besides this machine's own that a request may give as its Host
     * @param access       who may use the app: everyone reaching it, or signed-in sessions behind a password
     */
    public static WebApp start(Setup setup, String host, int port, List<String> allowedHosts, Access access) {
        Html html = new Html(Templates.create(), Templates.fromDisk() ? Templates.DEVELOPMENT_CACHE_MILLIS : Long.MAX_VALUE);
        Pages pages = new Pages(setup.study(), setup.videos(), html, setup.notesFolder(), setup.sync());
        ReviewPage review = new ReviewPage(setup.study(), setup.videos(), html);
        SettingsPage settings = new SettingsPage(setup.study(), setup.database(), html);
        ReviewApi api = new ReviewApi(setup.study(), setup.videos());
        CardActions cards = new CardActions(setup.study());
        LoginPage login = new LoginPage(access, html);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrorPage()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(new Guard(host, allowedHosts, access)::check);
            config.routes.after(ctx -> setup.sync().pageServed());

            config.routes.get("/login", login::show);
            config.routes.post("/login", login::submit);
            config.routes.post("/logout", login::logout);
            config.routes.get("/", pages::home);
            config.routes.get("/review", review::show);
            config.routes.post("/review/answer", review::answer);
            config.routes.post("/review/undo", review::undo);
            config.routes.get("/notes", pages::notes);
            config.routes.get("/notes/<id>", pages::note);
            config.routes.post("/cards/bury", cards::bury);
            config.routes.post("/cards/suspend", cards::suspend);
            config.routes.post("/cards/unsuspend", cards::unsuspend);
            config.routes.post("/cards/flag", cards::flag);
            config.routes.post("/cards/unflag", cards::unflag);
            config.routes.post("/cards/reset", cards::reset);
            config.routes.get("/settings", settings::show);
            config.routes.post("/settings", settings::save);

            config.routes.get("/api/review/next", api::next);
            config.routes.post("/api/review/answer", api::answer);
            config.routes.post("/api/review/undo", api::undo);

            config.routes.exception(Forms.BadValue.class, (e, ctx) -> fail(ctx, html, 400, "Bad value for " + e.field(), e.getMessage()));
            config.routes.exception(Forms.UnknownScope.class, (e, ctx) -> fail(ctx, html, 404, "Not found", e.getMessage()));
            config.routes.exception(UnknownCardException.class, (e, ctx) -> fail(ctx, html, 404, "Not found", e.getMessage()));
            config.routes.exception(UnavailableCardException.class, (e, ctx) -> fail(ctx, html, 409, "Not in the queue", e.getMessage()));
            config.routes.exception(StaleAnswerException.class, (e, ctx) -> fail(ctx, html, 409, "Already answered", e.getMessage()));
            config.routes.exception(Guard.LoginRequired.class, (e, ctx) -> {
                if (ctx.path().startsWith("/api/")) {
                    ReviewApi.json(ctx, 401, Map.of("error", e.getMessage()));
                } else {
                    String asked = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
                    ctx.redirect("/login?next=" + java.net.URLEncoder.encode(SAFE_GET.contains(ctx.method()) ? asked : "/",
                            java.nio.charset.StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
                }
            });
            config.routes.exception(ForbiddenResponse.class, (e, ctx) -> fail(ctx, html, 403, "Refused", e.getMessage()));
            config.routes.exception(io.javalin.http.ContentTooLargeResponse.class, (e, ctx) -> fail(ctx, html, 413, "Too large", e.getMessage()));
            config.routes.exception(io.javalin.http.UnsupportedMediaTypeResponse.class, (e, ctx) -> fail(ctx, html, 415, "Refused", e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                fail(ctx, html, 500, "Something went wrong", "Cuecards hit an error of its own; the details are in its log.");
            });
            config.routes.error(413, ctx -> {
                // a body sent without its length is cut off by Javalin as it is read past the limit
                if (ctx.attribute(Html.RENDERED) == null) {
                    fail(ctx, html, 413, "Too large", "A request to Cuecards holds at most " + Guard.MAX_BODY / 1000 + " kB.");
                }
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(Html.RENDERED) == null && !ctx.path().startsWith("/api/")) {
                    html.error(ctx, 404, "Not found", "There is no page at " + ctx.path() + ".");
                }
            });
        });
        javalin.start(host, port);
        return new WebApp(javalin);
    }

    /** An error as a page, or as JSON for the API. */
    private static void fail(Context ctx, Html html, int status, String title, String message) {
        if (ctx.path().startsWith("/api/")) {
            ReviewApi.json(ctx, status, Map.of("error", message));
        } else {
            html.error(ctx, status, title, message);
        }
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

}
