package dev.cuecards.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database file: created with its folders on first use, upgraded to the current schema when opened, and
 * handing out connections in WAL mode with foreign keys on and a busy timeout. Every use case that writes several
 * rows runs in one {@link #transaction}.
 */
public final class Database {

    /** Where the database lives unless {@code --db} says otherwise. */
    public static final Path DEFAULT_FILE = Path.of("data", "cuecards.db");

    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;

    private Database(Path file) {
        this.file = file;
    }

    /** Opens the database at {@code file}, creating it (and its folders) if needed and applying every newer schema script. */
    public static Database open(Path file) {
        Database database = openAt(file);
        database.write(Migrations::migrateToLatest);
        return database;
    }

    /**
     * An existing database as it is, neither created nor upgraded: what a backup copies.
     *
     * @throws IllegalArgumentException when there is no such file
     */
    public static Database existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("database " + file + " does not exist");
        }
        return new Database(file.toAbsolutePath());
    }

    /** Opens without migrating; for tests that build a database of an older schema. */
    static Database openAt(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of database " + file, e);
        }
        return new Database(absolute);
    }

    public Path file() {
        return file;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL makes a commit durable before it returns: an acknowledged answer survives even a power cut.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Writers take the write lock at BEGIN, so two writers wait for each other instead of failing mid-way.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file, e);
        }
    }

    /** Runs {@code work} on a new connection outside any transaction (each statement commits by itself). */
    public <T> T read(Work<T> work) {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction on a new connection: all of it is committed, or none. */
    public <T> T write(Work<T> work) {
        try (Connection connection = connect()) {
            return transaction(connection, work);
        } catch (SQLException e) {
            throw new StoreException("database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction on a connection the caller holds, committing or rolling back. */
    public static <T> T transaction(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The schema version recorded in the file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read(Migrations::version);
    }

    /**
     * Writes a consistent copy of the database to {@code target} ({@code VACUUM INTO}), even while the app is using
     * it. Refuses to overwrite an existing file.
     */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new IllegalArgumentException("backup " + target + " already exists; choose another name");
        }
        read(connection -> {
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, absolute.toString());
                vacuum.executeUpdate();
            }
            return null;
        });
    }

    /** Work done with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
