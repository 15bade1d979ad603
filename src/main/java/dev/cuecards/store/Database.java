package dev.cuecards.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database file: created with its folders on first use, upgraded to the current schema when opened.
 * Connections are kept for the life of the database, so their page caches stay warm and their prepared statements
 * are reused: one writer, taken in turn by every {@link #write} (each one transaction), and a few readers for
 * {@link #read}, which in WAL mode never wait for the writer. Every connection is in WAL mode with
 * {@code synchronous=FULL}, foreign keys on and a busy timeout.
 */
public final class Database implements AutoCloseable {

    /** Where the database lives unless {@code --db} says otherwise. */
    public static final Path DEFAULT_FILE = Path.of("data", "cuecards.db");

    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** Readers kept open; more concurrent reads wait for one. */
    static final int READERS = 4;
    /** Page cache of each connection, in KiB: the hot part of a large collection's indexes fits. */
    static final int CACHE_KIB = 4 * 1024;

    private final Path file;
    private final LongAdder statements = new LongAdder();
    private final LongAdder rowsRead = new LongAdder();
    private final AtomicLong commits = new AtomicLong();
    private volatile long externalVersion;
    private final ReentrantLock writing = new ReentrantLock();
    private final BlockingQueue<Connection> idleReaders = new LinkedBlockingQueue<>();
    private final List<Connection> opened = new CopyOnWriteArrayList<>();
    private int readersOpened;
    private Connection writer;
    private volatile boolean closed;

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

    /**
     * How many SQL statements have been prepared on this database's connections so far (a statement reused from the
     * cache counts each time): what a page costs in queries, for tests that hold it constant as the collection grows.
     */
    public long statementsPrepared() {
        return statements.sum();
    }

    /** How many result rows have been read through prepared statements so far: with {@link #statementsPrepared}, what a page costs. */
    public long rowsRead() {
        return rowsRead.sum();
    }

    /** A new connection of its own, outside the kept ones; the caller closes it. */
    public Connection connect() {
        return configured(SQLiteConfig.TransactionMode.IMMEDIATE);
    }

    private Connection configured(SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL makes a commit durable before it returns: an acknowledged answer survives even a power cut.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setCacheSize(-CACHE_KIB);
        // Writers take the write lock at BEGIN, so two writers wait for each other instead of failing mid-way.
        config.setTransactionMode(mode);
        try {
            return KeptStatements.wrap(config.createConnection("jdbc:sqlite:" + file), statements, rowsRead);
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file, e);
        }
    }

    /** Runs {@code work} on a reader outside any transaction (each statement sees the latest commit). */
    public <T> T read(Work<T> work) {
        Connection connection = takeReader();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database " + file + ": " + e.getMessage(), e);
        } finally {
            giveBack(connection);
        }
    }

    /** Runs {@code work} in one transaction on the writer: all of it is committed, or none. Writes take turns. */
    public <T> T write(Work<T> work) {
        writing.lock();
        try {
            T result = transaction(writer(), work);
            commits.incrementAndGet();
            return result;
        } catch (SQLException e) {
            throw new StoreException("database " + file + ": " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    /** How many {@link #write}s have committed since this database was opened in this process. */
    public long commits() {
        return commits.get();
    }

    /**
     * A number that changes when another process commits to the file ({@code PRAGMA data_version} on the writer,
     * which sees only other connections' commits). While this process is writing, the last value read is returned
     * rather than waiting.
     */
    public long externalVersion() {
        if (!writing.tryLock()) {
            return externalVersion;
        }
        try {
            try (Statement pragma = writer().createStatement(); ResultSet row = pragma.executeQuery("PRAGMA data_version")) {
                externalVersion = row.getLong(1);
            }
            return externalVersion;
        } catch (SQLException e) {
            throw new StoreException("database " + file + ": " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    /** The kept writer, opened on first use; the caller holds {@link #writing}. */
    private Connection writer() {
        requireOpen();
        if (writer == null) {
            writer = keep(configured(SQLiteConfig.TransactionMode.IMMEDIATE));
        }
        return writer;
    }

    private Connection takeReader() {
        requireOpen();
        Connection idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        synchronized (this) {
            if (readersOpened < READERS) {
                readersOpened++;
                return keep(configured(SQLiteConfig.TransactionMode.DEFERRED));
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection to " + file, e);
        }
    }

    private void giveBack(Connection connection) {
        if (closed) {
            closeQuietly(connection);
        } else {
            idleReaders.add(connection);
        }
    }

    private Connection keep(Connection connection) {
        opened.add(connection);
        return connection;
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("database " + file + " is closed", null);
        }
    }

    /** Closes every kept connection; SQLite then checkpoints the WAL into the file. */
    @Override
    public void close() {
        closed = true;
        writing.lock();
        try {
            opened.forEach(Database::closeQuietly);
            opened.clear();
            idleReaders.clear();
            writer = null;
        } finally {
            writing.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing is best effort: the data is already committed.
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
