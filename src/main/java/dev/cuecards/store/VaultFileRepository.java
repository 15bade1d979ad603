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

    /**
     * The stamps of the files that need not be read while their stamps stay the same: notes synced with this
     * generator and settings whose evidence is kept.
     */
    public Map<String, FileStamp> trusted(int generatorVersion, String generatorSettings) throws SQLException {
        Map<String, FileStamp> stamps = new java.util.HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT f.path, f.size, f.modified_ms FROM vault_files f "
                + "JOIN notes n ON n.path = f.path AND n.in_vault = 1 JOIN note_evidence e ON e.note_id = n.id "
                + "WHERE f.problem IS NULL AND n.content_hash = f.content_hash AND n.generator_version = ? AND n.generator_settings = ?")) {
            select.setInt(1, generatorVersion);
            select.setString(2, generatorSettings);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stamps.put(rows.getString(1), new FileStamp(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return stamps;
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
        replace(files, hashes, problems, List.of());
    }

    /** The same, leaving the rows of {@code unchanged} (files not read this time) as they are. */
    public void replace(List<FileStamp> files, Map<String, String> hashes, Map<String, String> problems, List<String> unchanged)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM vault_files WHERE path NOT IN (SELECT value FROM json_each(?))")) {
            delete.setString(1, Columns.json(unchanged));
            delete.executeUpdate();
        }
        java.util.Set<String> kept = new java.util.HashSet<>(unchanged);
        files = files.stream().filter(file -> !kept.contains(file.path())).toList();
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
