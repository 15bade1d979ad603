package dev.cuecards.cli;

import dev.cuecards.store.Database;
import dev.cuecards.store.StoreException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Opens the {@code --db} file, turning a path that cannot hold a database into a one-line answer. */
final class DatabaseFile {

    private DatabaseFile() {
    }

    /** Opens (creating if needed) and upgrades the database. */
    static Database open(CommandLine commandLine, Path file) {
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(commandLine, "--db " + file + " is a folder; give a file name such as data/cuecards.db");
        }
        try {
            return Database.open(file);
        } catch (StoreException | UncheckedIOException e) {
            throw new CommandLine.ParameterException(commandLine, "--db " + file + ": " + e.getMessage());
        }
    }
}
