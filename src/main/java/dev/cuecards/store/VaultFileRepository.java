package dev.cuecards.store;

import dev.cuecards.notes.FileStamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code vault_files} table: every file of the vault as last synced, stamped, hashed, and why it is no note if not. */
public final class VaultFileRepository {

    private final Connection connection;

    public VaultFileRepository(Connection connection) {
        this.connection = connection;
    }

    /** The stamps recorded at the last sync, in path order. */
    public List<FileStamp> stamps() throws SQLException {
        List<FileStamp> stamps = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT path, size, modified_ms FROM vault_files ORDER BY path");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stamps.add(new FileStamp(rows.getString(1), rows.getLong(2), rows.getLong(3)));
            }
        }
        return stamps;
    }

    /**
     * Replaces the record with these files.
     *
     * @param hashes   each file's content hash by path ("" when it could not be read)
     * @param problems why a file is not a note, by path, for the files that are not
     */
    public void replace(List<FileStamp> files, Map<String, String> hashes, Map<String, String> problems) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM vault_files")) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO vault_files (path, size, modified_ms, content_hash, problem) VALUES (?, ?, ?, ?, ?)")) {
            for (FileStamp file : files) {
                insert.setString(1, file.path());
                insert.setLong(2, file.size());
                insert.setLong(3, file.modifiedMillis());
                insert.setString(4, hashes.getOrDefault(file.path(), ""));
                insert.setString(5, problems.get(file.path()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
