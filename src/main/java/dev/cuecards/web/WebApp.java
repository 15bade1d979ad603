package dev.cuecards.web;

import dev.cuecards.notes.VaultReading;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;

/**
 * The web application: built from what it needs, so a test can start the real thing on port 0.
 */
public final class WebApp {

    private final Javalin javalin;

    private WebApp(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * @param notesFolder where the notes were read from, for rendering a note's page
     */
    public static WebApp start(VaultReading reading, Path notesFolder, String host, int port) {
        Pages pages = new Pages(Templates.create(), reading, notesFolder);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(static_ -> {
                static_.hostedPath = "/static";
                static_.directory = "/static";
                static_.location = Location.CLASSPATH;
            });
            config.routes.get("/", pages::home);
            config.routes.get("/notes/<id>", pages::note);
            config.routes.error(404, pages::notFound);
            config.routes.exception(Exception.class, pages::failure);
        });
        javalin.start(host, port);
        return new WebApp(javalin);
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
