package dev.cuecards.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The numbered schema scripts in {@code src/main/resources/db}, applied in order; {@code PRAGMA user_version} records
 * the last one applied, so a database made by an older version upgrades itself when opened.
 */
final class Migrations {

    /** Every script, oldest first; script n (counting from 1) brings a database to version n. */
    static final List<String> SCRIPTS = List.of("001-init.sql", "002-study.sql", "003-sibling-burials.sql",
            "004-scale.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    static Void migrateToLatest(Connection connection) throws SQLException {
        return migrateTo(connection, latest());
    }

    /** Applies the scripts after the recorded version up to {@code target}; call it inside a transaction. */
    static Void migrateTo(Connection connection, int target) throws SQLException {
        int current = version(connection);
        if (current > latest()) {
            throw new SQLException("the database has schema version " + current + " but this Cuecards knows only up to "
                    + latest() + "; use a newer Cuecards");
        }
        try (Statement statement = connection.createStatement()) {
            for (int version = current + 1; version <= target; version++) {
                statement.executeUpdate(script(SCRIPTS.get(version - 1)));
                statement.executeUpdate("PRAGMA user_version = " + version);
            }
        }
        return null;
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            return row.getInt(1);
        }
    }

    private static String script(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema script db/" + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script db/" + name, e);
        }
    }
}
