package dev.cuecards.store;

import dev.cuecards.cards.NoteEvidence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The {@code note_evidence} table: what each note lends other notes' cards, kept from the run that read it. */
public final class NoteEvidenceRepository {

    private final Connection connection;

    public NoteEvidenceRepository(Connection connection) {
        this.connection = connection;
    }

    public void save(NoteEvidence evidence) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO note_evidence (note_id, path, channel_key, "
                + "evidence) VALUES (?, ?, ?, ?) ON CONFLICT (note_id) DO UPDATE SET path = excluded.path, "
                + "channel_key = excluded.channel_key, evidence = excluded.evidence")) {
            upsert.setString(1, evidence.note());
            upsert.setString(2, evidence.path());
            upsert.setString(3, evidence.channelKey());
            upsert.setString(4, evidence.toJson());
            upsert.executeUpdate();
        }
    }

    /** The evidence of every note in the vault that has some, by note id; unreadable rows are left out (read again). */
    public Map<String, NoteEvidence> inVault() throws SQLException {
        Map<String, NoteEvidence> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT e.note_id, e.path, e.channel_key, e.evidence "
                + "FROM note_evidence e JOIN notes n ON n.id = e.note_id WHERE n.in_vault = 1");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                try {
                    found.put(rows.getString(1), NoteEvidence.fromJson(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                } catch (IllegalArgumentException e) {
                    // Its note is read and tagged again, and its evidence rewritten.
                }
            }
        }
        return found;
    }
}
