package dev.cuecards.cli;

import dev.cuecards.store.Database;
import dev.cuecards.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cuecards backup}: a consistent copy of the database, safe while the app is running. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the database to a new file, consistently even while Cuecards is running (SQLite's VACUUM INTO). "
                + "Never overwrites a file.")
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "data/cuecards.db",
            description = "The database to copy (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--to", paramLabel = "FILE",
            description = "The copy to write (default: cuecards-backup-YYYY-MM-DD.db beside the database, with today's date).")
    Path to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (!Files.isRegularFile(db)) {
            throw new CommandLine.ParameterException(commandLine, "database " + db + " does not exist; pass --db FILE");
        }
        Path target = to != null ? to : defaultName(db, LocalDate.now(Clock.systemDefaultZone()));
        Path absolute = OutputFile.require(commandLine, "--to", target);
        if (Files.exists(absolute)) {
            throw new CommandLine.ParameterException(commandLine, "backup " + target + " already exists; pass --to FILE with a new name");
        }
        try {
            Database.existing(db).backupTo(absolute);
        } catch (StoreException e) {
            commandLine.getErr().println("backup failed: " + e.getMessage());
            return 1;
        }
        commandLine.getOut().println("backed up " + db + " to " + target);
        return 0;
    }

    static Path defaultName(Path database, LocalDate date) {
        Path folder = database.toAbsolutePath().getParent();
        return folder.resolve("cuecards-backup-" + date + ".db");
    }
}
