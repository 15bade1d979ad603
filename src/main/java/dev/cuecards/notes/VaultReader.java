package dev.cuecards.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every markdown note under a folder (hidden folders such as {@code .obsidian} aside), in path order.
 * A file that cannot be read as a note is reported and skipped; the others are read.
 */
public final class VaultReader {

    /** Notes larger than this are skipped: a note this big is almost always an export or a mistake. */
    public static final long MAX_NOTE_BYTES = 1024 * 1024;
    /** A title shared by many notes names this many of the others. */
    private static final int NAMED_DUPLICATES = 3;

    private VaultReader() {
    }

    /**
     * @throws IOException when the folder itself cannot be listed
     */
    public static VaultReading read(Path folder) throws IOException {
        return read(folder, Map.of());
    }

    /**
     * Reads the vault but the files listed exactly as in {@code trusted} (same size and modification time): those
     * are not opened, and the reading names them as {@link VaultReading#trusted()}.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static VaultReading read(Path folder, Map<String, FileStamp> trusted) throws IOException {
        if (!Files.exists(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null, "no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NotDirectoryException(folder.toString());
        }
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        List<Path> files = markdownFiles(folder, stamps);
        List<String> unopened = new ArrayList<>();
        List<Path> opened = new ArrayList<>();
        for (Path file : files) {
            String relative = relative(folder, file);
            FileStamp stamp = stamps.get(file);
            if (stamp != null && stamp.size() >= 0 && stamp.equals(trusted.get(relative))) {
                unopened.add(relative);
            } else {
                opened.add(file);
            }
        }
        // Notes are parsed on all cores; what each gave is gathered in path order, so a reading is the same every time.
        List<Read> read = opened.parallelStream().map(file -> readNote(file, relative(folder, file))).toList();
        List<Note> notes = new ArrayList<>();
        List<NoteProblem> unreadable = new ArrayList<>();
        for (Read one : read) {
            if (one.note() != null) {
                notes.add(one.note());
            } else {
                unreadable.add(one.problem());
            }
        }
        return new VaultReading(withDuplicateTitlesReported(notes), unreadable, List.copyOf(stamps.values()), unopened);
    }

    /** A note read, or why it could not be. */
    private record Read(Note note, NoteProblem problem) {
    }

    /**
     * Every file {@link #read} would read, stamped with its size and modification time as listed, in path order; no
     * file is opened.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static List<FileStamp> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NotDirectoryException(folder.toString());
        }
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        List<FileStamp> listed = new ArrayList<>();
        for (Path file : markdownFiles(folder, stamps)) {
            listed.add(stamps.get(file));
        }
        return List.copyOf(listed);
    }

    /**
     * The content hash of every note file {@link #read} would read, by relative path, without parsing any: what a
     * read would record as each note's {@code contentHash}. A file that cannot be read maps to an empty string.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static Map<String, String> fingerprints(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NotDirectoryException(folder.toString());
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path file : markdownFiles(folder, new LinkedHashMap<>())) {
            String relative = relative(folder, file);
            try {
                hashes.put(relative, sha256(Files.readAllBytes(file)));
            } catch (IOException e) {
                hashes.put(relative, "");
            }
        }
        return hashes;
    }

    private static Read readNote(Path file, String relative) {
        try {
            Loaded loaded = load(file, relative);
            return loaded.problem() != null ? new Read(null, loaded.problem()) : new Read(NoteParser.parse(relative, loaded.text(), loaded.hash()), null);
        } catch (IOException e) {
            return new Read(null, new NoteProblem(relative, 0, "cannot be read: " + e.getMessage()));
        } catch (RuntimeException e) {
            return new Read(null, new NoteProblem(relative, 0, "could not be read because of an error in Cuecards itself ("
                    + e + "); the other notes were read"));
        } catch (StackOverflowError e) {
            return new Read(null, new NoteProblem(relative, 0, "could not be read: it nests too deeply; the other notes were read"));
        }
    }

    /**
     * Reads one note of the vault for its page, as {@link #read} reads it.
     *
     * @return the note's document, or empty when the file is gone or can no longer be read as a note
     */
    public static Optional<NoteDocument> document(Path folder, String relativePath) {
        Path file = folder.resolve(relativePath);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Loaded loaded = load(file, relativePath);
            return loaded.problem() != null ? Optional.empty() : Optional.of(NoteParser.read(relativePath, loaded.text(), loaded.hash()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A note file's text and hash, or why it is not a note. */
    private record Loaded(String text, String hash, NoteProblem problem) {
    }

    private static Loaded load(Path file, String relative) throws IOException {
        long size = Files.size(file);
        if (size > MAX_NOTE_BYTES) {
            return new Loaded(null, null, new NoteProblem(relative, 0, String.format(Locale.ROOT,
                    "note is %.1f MB; notes over %d MB are skipped (split it into smaller notes)", size / 1048576.0, MAX_NOTE_BYTES / 1048576)));
        }
        byte[] bytes = Files.readAllBytes(file);
        String problem = contentProblem(bytes);
        if (problem != null) {
            return new Loaded(null, null, new NoteProblem(relative, 0, problem));
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            return new Loaded(null, null, new NoteProblem(relative, 0, "empty note"));
        }
        return new Loaded(text, sha256(bytes), null);
    }

    /** Why these bytes are not a text note, or null when they are. */
    static String contentProblem(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return "binary file (it holds a NUL byte), not a markdown note";
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return null;
        } catch (CharacterCodingException e) {
            return "not UTF-8 text: save the note as UTF-8";
        }
    }

    private static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The note files under {@code folder}, sorted, each stamped into {@code stamps} as the listing saw it. */
    private static List<Path> markdownFiles(Path folder, Map<Path, FileStamp> stamps) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (attrs.isRegularFile() && (name.endsWith(".md") || name.endsWith(".markdown"))) {
                    files.add(file);
                    stamps.put(file, new FileStamp(relative(folder, file), attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                files.add(file);
                stamps.put(file, new FileStamp(relative(folder, file), -1, -1));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static List<Note> withDuplicateTitlesReported(List<Note> notes) {
        Map<String, List<Note>> byTitle = new LinkedHashMap<>();
        for (Note note : notes) {
            byTitle.computeIfAbsent(note.title().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(note);
        }
        List<Note> reported = new ArrayList<>();
        for (Note note : notes) {
            List<String> others = byTitle.get(note.title().strip().toLowerCase(Locale.ROOT)).stream()
                    .filter(n -> n != note).map(Note::relativePath).toList();
            String named = others.size() <= NAMED_DUPLICATES ? String.join(", ", others)
                    : String.join(", ", others.subList(0, NAMED_DUPLICATES)) + String.format(Locale.ROOT, " and %,d more", others.size() - NAMED_DUPLICATES);
            reported.add(others.isEmpty() ? note : note.withProblems(List.of(new NoteProblem(note.relativePath(), 1,
                    "title '" + note.title() + "' is also the title of " + named))));
        }
        return reported;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
