package dev.cuecards.notes;

import java.util.Objects;

/**
 * A note file as the folder lists it, without opening it: its vault path, its size and when it was last modified.
 * The same stamp as last time means the same file, as for make and git.
 */
public record FileStamp(String path, long size, long modifiedMillis) {

    public FileStamp {
        Objects.requireNonNull(path, "path");
    }
}
