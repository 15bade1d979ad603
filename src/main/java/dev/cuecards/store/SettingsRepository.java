package dev.cuecards.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code settings} table: text values by key; their meaning and defaults belong to the packages reading them. */
public final class SettingsRepository {

    private final Connection connection;

    public SettingsRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<String> get(String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    public void remove(String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM settings WHERE key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        }
    }

    public Map<String, String> all() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM settings ORDER BY key");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        return settings;
    }
}
