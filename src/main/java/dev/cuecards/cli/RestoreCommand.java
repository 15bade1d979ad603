package dev.cuecards.cli;

import dev.cuecards.store.Backups;
import dev.cuecards.store.CollectionCheck;
import dev.cuecards.store.Database;
import dev.cuecards.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cuecards restore FILE}: puts a backup back in place of the database, after checking the backup and keeping
 * the database it replaces, and never while a server uses it.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put a backup back as the database. The backup is checked first (as `check --db` does), the database it "
                + "replaces is kept in backups/ beside it, and nothing happens while Cuecards is serving the database.")
final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The backup to put back, such as data/backups/cuecards-2026-12-06.db.")
    Path backup;

    @CommandLine.Mixin
    VaultOptions.Db dbOption = new VaultOptions.Db();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        PrintWriter out = commandLine.getOut();
        Path target = dbOption.file;
        if (!Files.isRegularFile(backup)) {
            throw new CommandLine.ParameterException(commandLine, "backup " + backup + " does not exist");
        }
        if (Files.exists(target) && Files.isSameFile(backup, target)) {
            throw new CommandLine.ParameterException(commandLine, backup + " is the database itself; give a backup of it");
        }
        if (ServingLock.isHeld(target)) {
            commandLine.getErr().println("Cuecards is serving " + target + " now; stop it (Ctrl+C) and restore again. Nothing changed.");
            return 1;
        }
        Summary restored;
        try {
            restored = Summary.of(backup);
        } catch (StoreException e) {
            commandLine.getErr().println(backup + " cannot be read as a Cuecards database (" + e.getMessage() + "). Nothing changed.");
            return 1;
        }
        if (!restored.report().isIntact()) {
            commandLine.getErr().println(backup + " is damaged (`cuecards check --db " + backup + "` says how). Nothing changed.");
            return 1;
        }
        Optional<Path> kept = Optional.empty();
        Optional<Summary> replaced = Optional.empty();
        if (Files.exists(target)) {
            replaced = Optional.of(Summary.of(target));
            Path folder = Files.createDirectories(Backups.folder(target));
            Path copy = folder.resolve("replaced-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + ".db");
            try (Database current = Database.existing(target)) {
                current.backupTo(copy);
            }
            kept = Optional.of(copy);
        }
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path incoming = Path.of(absolute + ".restoring");
        Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
        // The old write-ahead log belongs to the replaced file; left beside the backup it would be replayed into it.
        Files.deleteIfExists(Path.of(absolute + "-wal"));
        Files.deleteIfExists(Path.of(absolute + "-shm"));
        Files.move(incoming, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        out.println("restored " + target + " from " + backup + ": " + restored.line());
        replaced.ifPresent(summary -> out.println("it replaced " + summary.line()));
        kept.ifPresent(copy -> out.println("the replaced database is kept as " + copy));
        return 0;
    }

    /** What a database holds, told in a line. */
    private record Summary(CollectionCheck.Report report, Optional<String> lastAnswer) {

        static Summary of(Path file) {
            try (Database database = Database.existing(file)) {
                CollectionCheck.Report report = CollectionCheck.of(database);
                Optional<String> last = database.read(connection -> {
                    try (java.sql.Statement statement = connection.createStatement();
                         java.sql.ResultSet row = statement.executeQuery("SELECT max(reviewed_at) FROM review_log")) {
                        long millis = row.getLong(1);
                        return row.wasNull() ? Optional.<String>empty()
                                : Optional.of(java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneId.systemDefault())
                                        .toLocalDateTime().withNano(0).toString().replace('T', ' '));
                    }
                });
                return new Summary(report, last);
            }
        }

        String line() {
            return String.format("%,d cards, %,d answers", report.cards(), report.entries())
                    + lastAnswer.map(at -> ", the last on " + at).orElse(", none answered yet");
        }
    }
}
