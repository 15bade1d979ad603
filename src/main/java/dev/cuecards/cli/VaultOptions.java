package dev.cuecards.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options naming the vault and the database, shared by the commands that use them. */
final class VaultOptions {

    /** {@code --notes DIR}. */
    static final class Notes {
        @Option(names = "--notes", paramLabel = "DIR", defaultValue = "notes",
                description = "Folder of markdown notes (default: ${DEFAULT-VALUE}).")
        Path folder;
    }

    /** {@code --db FILE}. */
    static final class Db {
        @Option(names = "--db", paramLabel = "FILE", defaultValue = "data/cuecards.db",
                description = "SQLite database, created if missing (default: ${DEFAULT-VALUE}).")
        Path file;
    }

    private VaultOptions() {
    }
}
