package dev.cuecards.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cuecards warm-up}: starts the app on a vault and database as {@code serve} does, opens its pages and stops.
 * The build runs it under {@code -XX:ArchiveClassesAtExit}, on the shipped notes just generated into a database of
 * its own, so that the classes a start on an unchanged vault loads are kept in a class-data archive, which later
 * starts map instead of loading and verifying each class again. Generating is left out on purpose: the archive holds
 * what serving needs, not the language models' classes. Hidden from the usage: it is a step of the build.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true,
        description = "Start the app on NOTES and DB as 'serve' does, open its pages once and stop.")
final class WarmUpCommand implements Callable<Integer> {

    /** Pages a day of use opens first; each must answer 200. */
    static final List<String> PAGES = List.of("/", "/review", "/notes", "/settings", "/api/review/next", "/static/app.css");

    private static final long SYNC_WAIT_MILLIS = 120_000;

    @CommandLine.Mixin
    VaultOptions.Notes notesOption = new VaultOptions.Notes();

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "SQLite database to serve (required).")
    Path db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path vault = NotesFolder.require(spec.commandLine(), notesOption.folder);
        ServeCommand serve = new ServeCommand();
        CommandLine line = new CommandLine(serve);
        line.setOut(new PrintWriter(Writer.nullWriter()));
        line.setErr(spec.commandLine().getErr());
        line.parseArgs("--notes", vault.toString(), "--db", db.toString(), "--port", "0");
        ServeCommand.Serving serving = serve.start();
        try {
            String base = "http://127.0.0.1:" + serving.app().port();
            open(base + "/");
            serving.syncing().join(SYNC_WAIT_MILLIS);
            for (String page : PAGES) {
                open(base + page);
            }
            String notes = open(base + "/notes");
            int link = notes.indexOf("href=\"/notes/");
            if (link >= 0) {
                open(base + notes.substring(link + 6, notes.indexOf('"', link + 6)));
            }
        } finally {
            serving.stop();
        }
        return 0;
    }

    /** The page's body; anything but 200 ends the warm-up with an error. */
    private static String open(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (InputStream body = connection.getInputStream()) {
            int status = connection.getResponseCode();
            if (status != 200) {
                throw new IOException(url + " answered " + status);
            }
            return new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }
}
