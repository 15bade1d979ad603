package dev.cuecards.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cuecards warm-up}: serves a copy of a vault twice, as a user would start the app, and opens its pages. The
 * build runs it once under {@code -XX:ArchiveClassesAtExit} so that the classes a start needs are kept in a
 * class-data archive, which later starts map instead of loading and verifying each class again. Hidden from the
 * usage: it is a step of the build, not something a user needs.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true,
        description = "Serve a temporary copy of a vault twice (a first sync, then an unchanged start) and open its pages, "
                + "leaving nothing behind.")
final class WarmUpCommand implements Callable<Integer> {

    /** Pages a day of use opens first; each must answer 200. */
    static final List<String> PAGES = List.of("/", "/review", "/notes", "/settings", "/api/review/next", "/static/app.css");

    private static final long SYNC_WAIT_MILLIS = 120_000;

    @CommandLine.Mixin
    VaultOptions.Notes notesOption = new VaultOptions.Notes();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path source = NotesFolder.require(spec.commandLine(), notesOption.folder);
        Path work = Files.createTempDirectory("cuecards-warm-up");
        try {
            Path vault = work.resolve("notes");
            copyTree(source, vault);
            Path db = work.resolve("cuecards.db");
            // The first start syncs the copy; the second finds it unchanged and reads no note, as most starts do.
            for (int start = 0; start < 2; start++) {
                serveOnce(vault, db);
            }
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private void serveOnce(Path vault, Path db) throws IOException, InterruptedException {
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

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
