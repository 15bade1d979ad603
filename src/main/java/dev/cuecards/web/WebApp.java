package dev.cuecards.web;

import dev.cuecards.notes.VaultReading;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * The web application: built from what it needs, so a test can start the real thing on port 0.
 */
public final class WebApp {

    private final Javalin javalin;

    private WebApp(Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebApp start(VaultReading reading, String host, int port) {
        Pages pages = new Pages(Templates.create(), reading);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(static_ -> {
                static_.hostedPath = "/static";
                static_.directory = "/static";
                static_.location = Location.CLASSPATH;
            });
            config.routes.get("/", pages::home);
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
