package dev.cuecards.cli;

import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.FileStamp;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import dev.cuecards.store.Backups;
import dev.cuecards.store.Database;
import dev.cuecards.store.SyncSummary;
import dev.cuecards.store.VaultSync;
import dev.cuecards.study.Study;
import dev.cuecards.study.Videos;
import dev.cuecards.web.SyncStatus;
import dev.cuecards.web.WebApp;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cuecards serve}: serves the app in the browser until stopped. When the folder lists the same files as at the
 * last sync it reads none of them; otherwise it starts at once and syncs in the background.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve Cuecards at http://HOST:PORT until stopped with Ctrl+C, bringing the database in line with the vault "
                + "in the background when the notes changed since the last sync.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    VaultOptions.Notes notesOption = new VaultOptions.Notes();

    @CommandLine.Mixin
    VaultOptions.Db dbOption = new VaultOptions.Db();

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A name a browser may reach the app by besides this machine's own addresses (repeatable), such as a name your router gives it.")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password every browser must log in with. Needed to serve beyond this "
                    + "machine unless one was set with `cuecards password`.")
    Path passwordFile;

    @Option(names = "--port", defaultValue = "7070",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The folder's check waits this long for the first page to be served before it starts anyway. */
    private static final long FIRST_PAGE_WAIT_MILLIS = 3000;
    /** How long a stop waits for a sync under way to reach the end of a note. */
    private static final long STOP_WAIT_MILLIS = 10_000;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Serving serving = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serving.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** What a start leaves running: the app, its database and the folder's check beside them. */
    record Serving(WebApp app, Database database, Thread syncing, ServingLock lock) {
        /** Stops serving; a sync under way stops between two notes before the database is closed. */
        void stop() {
            app.stop();
            syncing.interrupt();
            try {
                syncing.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!syncing.isAlive()) {
                database.close(); // else the process is ending: every committed answer is already on disk
            }
            lock.close();
        }
    }

    /** Starts the app and the folder's check in the background, and says where the app answers. */
    Serving start() throws IOException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
        }
        for (String name : allowedHosts) {
            // a name as a browser's Host header gives it, without the port: "study.lan", "192.168.1.20", "[fe80::1]"
            if (!name.matches("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--allow-host takes a host name or address without scheme or port, such as study.lan; got '" + name + "'");
            }
        }
        Path folder = NotesFolder.require(spec.commandLine(), notesOption.folder);
        java.util.Optional<String> givenPassword = passwordFile == null ? java.util.Optional.empty()
                : java.util.Optional.of(PasswordCommand.fromFile(spec.commandLine(), "--password-file", passwordFile));
        boolean exposed = !isLoopback(host);
        if (exposed && givenPassword.isEmpty() && !java.nio.file.Files.isRegularFile(dbOption.file)) {
            throw refusedWithoutPassword();
        }
        Database database = DatabaseFile.open(spec.commandLine(), dbOption.file);
        ServingLock lock = ServingLock.take(dbOption.file).orElse(null);
        if (lock == null) {
            database.close();
            throw new CommandLine.ParameterException(spec.commandLine(), "another Cuecards is serving " + dbOption.file
                    + "; stop it first, or pass another --db");
        }
        dev.cuecards.web.Access access;
        try {
            access = dev.cuecards.web.Access.of(database, givenPassword.map(dev.cuecards.web.Password::hash), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            database.close();
            lock.close();
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (exposed && !access.needsLogin()) {
            database.close();
            lock.close();
            throw refusedWithoutPassword();
        }
        PrintWriter out = spec.commandLine().getOut();
        VaultSync sync = new VaultSync(database, Clock.systemUTC());
        Videos videos = new Videos(database);
        SyncStatus status = SyncStatus.inLine();
        status.checking();
        Study study = new Study(database, Clock.systemDefaultZone(), SchedulerSettings.defaults());
        WebApp app;
        try {
            app = WebApp.start(new WebApp.Setup(study, videos, folder, status, database), host, port, allowedHosts, access);
        } catch (RuntimeException e) {
            database.close();
            lock.close();
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot listen on " + host + ":" + port + " (" + rootMessage(e) + "); choose another --port");
        }
        out.println("Cuecards is running at http://" + hostInUrl(host) + ":" + app.port() + "/  (Ctrl+C to stop)");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            for (String address : networkAddresses()) {
                out.println("  on a phone on the same network, open http://" + address + ":" + app.port() + "/");
            }
        }
        if (access.needsLogin()) {
            out.println("  every browser logs in with the password" + (passwordFile != null ? " in " + passwordFile : " set with `cuecards password`"));
        }
        out.flush();
        // The folder is checked, and synced if need be, while the app already answers.
        Thread syncing = new Thread(() -> checkInBackground(folder, database, sync, videos, status), "vault-sync");
        syncing.setDaemon(true);
        syncing.start();
        return new Serving(app, database, syncing, lock);
    }

    /**
     * Brings the database in line with the folder while the app serves. A folder listing the same files as at the
     * last sync (names, sizes, modification times) needs nothing read. Files whose stamps moved but whose bytes did
     * not are only recorded; otherwise the changed notes are read and synced, the home page showing how far it has
     * come.
     */
    private void checkInBackground(Path folder, Database database, VaultSync sync, Videos videos, SyncStatus status) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            status.awaitFirstPage(FIRST_PAGE_WAIT_MILLIS);
            try {
                Backups.daily(database, java.time.LocalDate.now(Clock.systemDefaultZone()))
                        .ifPresent(made -> out.println("backed up the database to " + made + " (the first start today)"));
            } catch (RuntimeException e) {
                err.println("cannot back up the database: " + rootMessage(e) + "; serving goes on");
            }
            List<FileStamp> listing = VaultReader.listing(folder);
            if (sync.isListedInLine(listing, GeneratorSettings.DEFAULTS)) {
                status.done();
                out.printf("%,d notes, unchanged since the last sync: nothing to read (database %s)%n", videos.count(), dbOption.file);
                return;
            }
            status.reading(listing.size());
            Map<String, String> fingerprints = VaultReader.fingerprints(folder);
            if (sync.isInLine(fingerprints, GeneratorSettings.DEFAULTS)) {
                sync.recordFiles(listing, fingerprints);
                out.println("notes unchanged since the last sync; their new file times are recorded");
            } else {
                VaultReading reading = VaultReader.read(folder, sync.trustedFiles(GeneratorSettings.DEFAULTS));
                reading.allProblems().forEach(err::println);
                int total = reading.notes().size() + reading.trusted().size();
                status.syncing(0, total);
                SyncSummary synced = sync.sync(reading, GeneratorSettings.DEFAULTS, done -> status.syncing(done, total));
                out.printf("%,d %s read, %,d unchanged and not opened%n", reading.notes().size(),
                        reading.notes().size() == 1 ? "note" : "notes", reading.trusted().size());
                out.println(synced.line() + " (database " + dbOption.file + ")");
            }
            status.done();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (dev.cuecards.store.SyncStopped e) {
            out.println(e.getMessage());
        } catch (IOException | RuntimeException e) {
            status.failed(rootMessage(e));
            err.println("cannot sync the notes folder: " + rootMessage(e));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private CommandLine.ParameterException refusedWithoutPassword() {
        return new CommandLine.ParameterException(spec.commandLine(), "serving on " + host + " opens Cuecards to other machines, "
                + "so it needs a password: set one with `cuecards password`, or pass --password-file FILE");
    }

    /** Whether only this machine can reach the address. */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return java.net.InetAddress.getByName(bare).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false; // it cannot be listened on either; the start says so
        }
    }

    private static String hostInUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** This machine's addresses that another device may reach it by: IPv4 on interfaces that are up, loopback aside. */
    private static List<String> networkAddresses() {
        List<String> addresses = new java.util.ArrayList<>();
        try {
            for (java.net.NetworkInterface face : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                if (!face.isUp() || face.isLoopback()) {
                    continue;
                }
                for (java.net.InetAddress address : java.util.Collections.list(face.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        addresses.add(address.getHostAddress());
                    }
                }
            }
        } catch (java.net.SocketException e) {
            // no interface list: the line above still names the address listened on
        }
        return addresses;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
