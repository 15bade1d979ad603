package dev.cuecards.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The daily backups of a database: on the first start of a day a consistent copy goes to {@code backups/} beside the
 * database, named by the day ({@code cuecards-2026-12-07.db}), and only the newest {@link #keptCount} are kept.
 */
public final class Backups {

    public static final String KEPT_KEY = "backups.kept";
    public static final int DEFAULT_KEPT = 7;
    public static final int MOST_KEPT = 365;

    private Backups() {
    }

    /** Where the daily backups of this database file go. */
    public static Path folder(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve("backups");
    }

    /** How many daily backups to keep, from the settings; 0 makes none. */
    public static int keptCount(Database database) {
        return database.read(connection -> new SettingsRepository(connection).get(KEPT_KEY)).map(Backups::parseKept).orElse(DEFAULT_KEPT);
    }

    public static void setKeptCount(Database database, int kept) {
        if (kept < 0 || kept > MOST_KEPT) {
            throw new IllegalArgumentException("backups kept must be 0.." + MOST_KEPT + ", got " + kept);
        }
        database.write(connection -> {
            new SettingsRepository(connection).put(KEPT_KEY, String.valueOf(kept));
            return null;
        });
    }

    private static int parseKept(String stored) {
        try {
            int kept = Integer.parseInt(stored.strip());
            return kept < 0 || kept > MOST_KEPT ? DEFAULT_KEPT : kept;
        } catch (NumberFormatException e) {
            return DEFAULT_KEPT;
        }
    }

    /**
     * Makes today's backup unless one exists or none are kept, then removes the oldest beyond the count kept.
     *
     * @return the backup made now, if one was
     */
    public static Optional<Path> daily(Database database, LocalDate today) {
        int kept = keptCount(database);
        if (kept == 0) {
            return Optional.empty();
        }
        Path folder = folder(database.file());
        Path target = folder.resolve(stem(database.file()) + "-" + today + ".db");
        Optional<Path> made = Optional.empty();
        if (!Files.exists(target)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the backup folder " + folder, e);
            }
            Path partial = folder.resolve(target.getFileName() + ".partial");
            try {
                Files.deleteIfExists(partial);
                database.backupTo(partial);
                Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the backup " + target, e);
            }
            made = Optional.of(target);
        }
        List<Path> all = list(database.file());
        for (int i = 0; i < all.size() - kept; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the old backup " + all.get(i), e);
            }
        }
        return made;
    }

    /** The daily backups of this database, oldest first. */
    public static List<Path> list(Path databaseFile) {
        Path folder = folder(databaseFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String pattern = java.util.regex.Pattern.quote(stem(databaseFile)) + "-\\d{4}-\\d{2}-\\d{2}\\.db";
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> backups = new ArrayList<>(files.filter(f -> f.getFileName().toString().matches(pattern)).sorted().toList());
            return List.copyOf(backups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder, e);
        }
    }

    private static String stem(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }
}
