package dev.cuecards.store;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteId;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.Timestamp;
import dev.cuecards.notes.VideoId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@code notes} and {@code claims} tables: what each note was when last synced, and its claims. */
public final class NoteRepository {

    private static final String SELECT = "SELECT * FROM notes ";

    private final Connection connection;

    public NoteRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<StoredNote> find(NoteId id) throws SQLException {
        return query(SELECT + "WHERE id = ?", id.value()).stream().findFirst();
    }

    /** Every note ever synced, in the order they joined the collection. */
    public Map<NoteId, StoredNote> all() throws SQLException {
        Map<NoteId, StoredNote> notes = new LinkedHashMap<>();
        query(SELECT + "ORDER BY position").forEach(note -> notes.put(note.id(), note));
        return notes;
    }

    /**
     * Records the note as just read and generated with {@code generatorVersion} and {@code generatorSettings}; a note
     * seen before keeps its place in the collection's order, a new one goes last.
     */
    public void save(Note note, int generatorVersion, String generatorSettings, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO notes (id, path, title, video_id, channel, "
                + "channel_key, content_hash, generator_version, generator_settings, problems, position, in_vault, synced_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM notes), 1, ?) "
                + "ON CONFLICT (id) DO UPDATE SET path = excluded.path, title = excluded.title, video_id = excluded.video_id, "
                + "channel = excluded.channel, channel_key = excluded.channel_key, content_hash = excluded.content_hash, "
                + "generator_version = excluded.generator_version, generator_settings = excluded.generator_settings, "
                + "problems = excluded.problems, in_vault = 1, synced_at = excluded.synced_at")) {
            upsert.setString(1, note.id().value());
            upsert.setString(2, note.relativePath());
            upsert.setString(3, note.title());
            Columns.setText(upsert, 4, note.videoId().map(VideoId::value));
            Columns.setText(upsert, 5, note.channel());
            Columns.setText(upsert, 6, note.channelKey());
            upsert.setString(7, note.contentHash());
            upsert.setInt(8, generatorVersion);
            upsert.setString(9, generatorSettings);
            upsert.setString(10, Columns.json(note.problems().stream().map(NoteProblem::toString).toList()));
            Columns.setInstant(upsert, 11, now);
            upsert.executeUpdate();
        }
        replaceClaims(note);
    }

    /** Records that the note's file has gone from the vault. */
    public void markGone(NoteId id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE notes SET in_vault = 0, synced_at = ? WHERE id = ?")) {
            Columns.setInstant(update, 1, now);
            update.setString(2, id.value());
            update.executeUpdate();
        }
    }

    /** How many claims the notes in the vault have. */
    public int countClaimsInVault() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM claims JOIN notes ON notes.id = claims.note_id WHERE notes.in_vault = 1");
             ResultSet row = select.executeQuery()) {
            return row.getInt(1);
        }
    }

    /** How many notes in the vault had their cards made by another generator version or other settings. */
    public int countStale(int generatorVersion, String generatorSettings) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM notes WHERE in_vault = 1 "
                + "AND (generator_version <> ? OR generator_settings <> ?)")) {
            select.setInt(1, generatorVersion);
            select.setString(2, generatorSettings);
            try (ResultSet row = select.executeQuery()) {
                return row.getInt(1);
            }
        }
    }

    /** How many notes the vault holds. */
    public int countInVault() throws SQLException {
        return count("SELECT COUNT(*) FROM notes WHERE in_vault = 1");
    }

    /** Notes in the vault by channel, then title (a note without a channel first): {@code limit} of them after {@code offset}. */
    public List<StoredNote> listed(int offset, int limit) throws SQLException {
        return query(SELECT + "WHERE in_vault = 1 ORDER BY channel_key, title LIMIT ? OFFSET ?", limit, offset);
    }

    /** These notes, those still in the vault, by id. */
    public Map<NoteId, StoredNote> inVault(Collection<NoteId> ids) throws SQLException {
        Map<NoteId, StoredNote> notes = new LinkedHashMap<>();
        query(SELECT + "WHERE id IN (SELECT value FROM json_each(?)) AND in_vault = 1 ORDER BY position",
                Columns.json(ids.stream().map(NoteId::value).toList())).forEach(note -> notes.put(note.id(), note));
        return notes;
    }

    /** Whether a note in the vault has this channel, in any letter case. */
    public boolean hasChannel(String channel) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM notes WHERE channel_key = ? AND in_vault = 1)")) {
            select.setString(1, channel.toLowerCase(Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                return row.getInt(1) == 1;
            }
        }
    }

    /**
     * The first {@code limit} problems of the vault as last read, by path and line: the notes' own and those of files
     * that could not be read as notes, each as {@code path:line: reason}.
     */
    public List<String> problems(int limit) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT n.path, p.value FROM notes n, json_each(n.problems) p "
                + "WHERE n.in_vault = 1 AND n.problems <> '[]' ORDER BY n.path, p.key LIMIT ?")) {
            select.setInt(1, limit);
            collect(select, found);
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT path, problem FROM vault_files WHERE problem IS NOT NULL ORDER BY path LIMIT ?")) {
            select.setInt(1, limit);
            collect(select, found);
        }
        found.sort(java.util.Comparator.comparing((String[] problem) -> problem[0]));
        return found.stream().limit(limit).map(problem -> problem[1]).toList();
    }

    /** How many notes have problems, files that could not be read counted too. */
    public int countProblems() throws SQLException {
        return count("SELECT COUNT(*) FROM notes WHERE in_vault = 1 AND problems <> '[]'")
                + count("SELECT COUNT(*) FROM vault_files WHERE problem IS NOT NULL");
    }

    /** When the first claim after {@code claimIndex} that starts later than {@code seconds} begins. */
    public Optional<Integer> nextMoment(NoteId note, int claimIndex, int seconds) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seconds FROM claims WHERE note_id = ? "
                + "AND claim_index > ? AND seconds > ? ORDER BY claim_index LIMIT 1")) {
            select.setString(1, note.value());
            select.setInt(2, claimIndex);
            select.setInt(3, seconds);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getInt(1)) : Optional.empty();
            }
        }
    }

    private static void collect(PreparedStatement select, List<String[]> found) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
    }

    private int count(String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            return row.getInt(1);
        }
    }

    private void replaceClaims(Note note) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM claims WHERE note_id = ?")) {
            delete.setString(1, note.id().value());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO claims (note_id, claim_index, text, section, "
                + "role, line, seconds) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < note.claims().size(); i++) {
                Claim claim = note.claims().get(i);
                insert.setString(1, note.id().value());
                insert.setInt(2, i);
                insert.setString(3, claim.text());
                insert.setString(4, Sections.join(claim.sectionPath()));
                insert.setString(5, claim.role().kind());
                insert.setInt(6, claim.line());
                Columns.setInteger(insert, 7, claim.linkTimestamp().map(Timestamp::seconds));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<StoredNote> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<StoredNote> notes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    notes.add(note(rows));
                }
            }
            return notes;
        }
    }

    private static StoredNote note(ResultSet row) throws SQLException {
        return new StoredNote(new NoteId(row.getString("id")), row.getString("path"), row.getString("title"),
                Columns.optionalText(row, "video_id"), Columns.optionalText(row, "channel"), row.getString("content_hash"),
                row.getInt("generator_version"), row.getString("generator_settings"), Columns.strings(row.getString("problems")),
                row.getInt("in_vault") == 1);
    }
}
