package dev.cuecards.notes;

/** A note's identity: its path inside the vault with forward slashes and without {@code .md}. */
public record NoteId(String value) {

    public NoteId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a note id must not be blank");
        }
    }

    public static NoteId fromRelativePath(String relativePath) {
        String unified = relativePath.replace('\\', '/');
        int dot = unified.lastIndexOf('.');
        int slash = unified.lastIndexOf('/');
        return new NoteId(dot > slash + 1 ? unified.substring(0, dot) : unified);
    }

    @Override
    public String toString() {
        return value;
    }
}
