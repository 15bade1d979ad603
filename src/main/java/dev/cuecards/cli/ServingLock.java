package dev.cuecards.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The mark of a server using a database: a lock held on {@code FILE.lock} for as long as {@code serve} runs, which
 * the system lets go of however the process ends, so a restore can tell a database in use from one left behind.
 */
final class ServingLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ServingLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileOf(Path database) {
        return Path.of(database.toAbsolutePath() + ".lock");
    }

    /** The lock, or empty when another server holds it. */
    static Optional<ServingLock> take(Path database) throws IOException {
        FileChannel channel = FileChannel.open(fileOf(database), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new ServingLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // this process serves it already
        }
        channel.close();
        return Optional.empty();
    }

    /** Whether a server is using the database now. */
    static boolean isHeld(Path database) throws IOException {
        if (!java.nio.file.Files.exists(fileOf(database))) {
            return false;
        }
        Optional<ServingLock> taken = take(database);
        taken.ifPresent(ServingLock::close);
        return taken.isEmpty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot let go of " + channel, e);
        }
    }
}
