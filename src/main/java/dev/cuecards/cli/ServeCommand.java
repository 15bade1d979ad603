package dev.cuecards.cli;

import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.store.Database;
import dev.cuecards.store.SyncSummary;
import dev.cuecards.store.VaultSync;
import dev.cuecards.study.Study;
import java.time.Clock;
import dev.cuecards.notes.VaultReading;
import dev.cuecards.web.WebApp;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cuecards serve}: reads the vault and serves the app in the browser until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Read the vault, bring the database in line with it, and serve Cuecards at http://HOST:PORT until stopped with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    VaultOptions.Notes notesOption = new VaultOptions.Notes();

    @CommandLine.Mixin
    VaultOptions.Db dbOption = new VaultOptions.Db();

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "7070",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
        }
        Path folder = NotesFolder.require(spec.commandLine(), notesOption.folder);
        Database database = DatabaseFile.open(spec.commandLine(), dbOption.file);
        VaultReading reading = VaultReader.read(folder);
        PrintWriter out = spec.commandLine().getOut();
        reading.allProblems().forEach(spec.commandLine().getErr()::println);
        SyncSummary synced = new VaultSync(database, Clock.systemUTC()).sync(reading, GeneratorSettings.DEFAULTS);
        out.println(CheckCommand.summary(reading));
        out.println(synced.line() + " (database " + dbOption.file + ")");
        Study study = new Study(database, Clock.systemDefaultZone(), SchedulerSettings.defaults());
        WebApp app;
        try {
            app = WebApp.start(new WebApp.Setup(study, reading, folder), host, port);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot listen on " + host + ":" + port + " (" + rootMessage(e) + "); choose another --port");
        }
        out.println("Cuecards is running at http://" + host + ":" + app.port() + "/  (Ctrl+C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
