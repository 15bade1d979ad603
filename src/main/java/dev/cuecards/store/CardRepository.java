package dev.cuecards.store;

import dev.cuecards.cards.CardDraft;
import dev.cuecards.cards.CardId;
import dev.cuecards.cards.CardKind;
import dev.cuecards.cards.CardSource;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.notes.NoteId;
import dev.cuecards.notes.VideoId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code cards} table: generated content, scheduling state and the user's marks (bury, suspend, flag). */
public final class CardRepository {

    private static final String SELECT = "SELECT c.* FROM cards c JOIN notes n ON n.id = c.note_id ";
    /** Studiable at ?: not retired, suspended, flagged, nor buried past that instant. */
    private static final String STUDIABLE = "c.retired = 0 AND c.suspended = 0 AND c.flagged = 0 "
            + "AND (c.buried_until IS NULL OR c.buried_until <= ?) ";

    private final Connection connection;

    public CardRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<StoredCard> find(CardId id) throws SQLException {
        List<StoredCard> found = query(SELECT + "WHERE c.id = ?", List.of(id.value()));
        return found.stream().findFirst();
    }

    /** Every card of the note, retired ones too, in the note's order. */
    public List<StoredCard> ofNote(NoteId note) throws SQLException {
        return query(SELECT + "WHERE c.note_id = ? ORDER BY c.position", List.of(note.value()));
    }

    /** A card first generated at {@code now}: New and due at once. */
    public void insert(CardDraft draft, String section, int position, Instant now) throws SQLException {
        CardSchedule fresh = CardSchedule.newCard(now);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cards (id, note_id, kind, claim_index, "
                + "position, section, context, front, back, answer, options, video_id, source_seconds, source_claim, "
                + "source_line, state, step, stability, difficulty, due, last_review, scheduled_days, reps, lapses, "
                + "retired, created_at, updated_at, note_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, 0, ?, ?, (SELECT position FROM notes WHERE id = ?))")) {
            insert.setString(1, draft.id().value());
            insert.setString(2, draft.note().value());
            bindContent(insert, 3, draft, section, position);
            bindSchedule(insert, 16, fresh);
            Columns.setInstant(insert, 25, now);
            Columns.setInstant(insert, 26, now);
            insert.setString(27, draft.note().value());
            insert.executeUpdate();
        }
    }

    /** New text for a card generated again: its schedule and history stay; a retired card comes back. */
    public void updateContent(CardDraft draft, String section, int position, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE cards SET kind = ?, claim_index = ?, "
                + "position = ?, section = ?, context = ?, front = ?, back = ?, answer = ?, options = ?, video_id = ?, "
                + "source_seconds = ?, source_claim = ?, source_line = ?, retired = 0, updated_at = ? WHERE id = ?")) {
            bindContent(update, 1, draft, section, position);
            Columns.setInstant(update, 14, now);
            update.setString(15, draft.id().value());
            requireOne(update.executeUpdate(), draft.id());
        }
    }

    /** Takes the card out of study because its note no longer generates it; nothing else changes. */
    public void retire(CardId id, Instant now) throws SQLException {
        update("UPDATE cards SET retired = 1, updated_at = ? WHERE id = ?", id, now.toEpochMilli(), id.value());
    }

    /**
     * Stores a new schedule if the card still has {@code expectedReps} reviews; false when it has moved on (an answer
     * made against a stale state).
     */
    public boolean saveSchedule(CardId id, int expectedReps, CardSchedule schedule, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE cards SET state = ?, step = ?, stability = ?, "
                + "difficulty = ?, due = ?, last_review = ?, scheduled_days = ?, reps = ?, lapses = ?, updated_at = ? "
                + "WHERE id = ? AND reps = ?")) {
            bindSchedule(update, 1, schedule);
            Columns.setInstant(update, 10, now);
            update.setString(11, id.value());
            update.setInt(12, expectedReps);
            return update.executeUpdate() == 1;
        }
    }

    public void setBuriedUntil(CardId id, Optional<Instant> until) throws SQLException {
        update("UPDATE cards SET buried_until = ? WHERE id = ?", id, until.map(Instant::toEpochMilli).orElse(null), id.value());
    }

    public void setSuspended(CardId id, boolean suspended) throws SQLException {
        update("UPDATE cards SET suspended = ? WHERE id = ?", id, suspended ? 1 : 0, id.value());
    }

    public void setFlagged(CardId id, boolean flagged) throws SQLException {
        update("UPDATE cards SET flagged = ? WHERE id = ?", id, flagged ? 1 : 0, id.value());
    }

    /** Buries the studiable New and Review siblings of {@code card} until {@code until}; returns how many. */
    public int burySiblings(StoredCard card, Instant until, long reviewId) throws SQLException {
        try (PreparedStatement remember = connection.prepareStatement("INSERT INTO sibling_burials (review_id, card_id, "
                + "buried_until_before) SELECT ?, id, buried_until FROM cards WHERE " + SIBLINGS_TO_BURY)) {
            remember.setLong(1, reviewId);
            siblingParameters(remember, 2, card, until);
            remember.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE cards SET buried_until = ? WHERE " + SIBLINGS_TO_BURY)) {
            Columns.setInstant(update, 1, until);
            siblingParameters(update, 2, card, until);
            return update.executeUpdate();
        }
    }

    private static final String SIBLINGS_TO_BURY = "note_id = ? AND claim_index = ? AND id <> ? AND retired = 0 "
            + "AND state IN ('New', 'Review') AND (buried_until IS NULL OR buried_until < ?)";

    private static void siblingParameters(PreparedStatement statement, int first, StoredCard card, Instant until) throws SQLException {
        statement.setString(first, card.note().value());
        statement.setInt(first + 1, card.draft().claimIndex());
        statement.setString(first + 2, card.id().value());
        Columns.setInstant(statement, first + 3, until);
    }

    /** Gives back to each sibling an answer buried the burial it had before; their record goes with the review. */
    public void unburySiblings(long reviewId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE cards SET buried_until = (SELECT b.buried_until_before "
                + "FROM sibling_burials b WHERE b.review_id = ? AND b.card_id = cards.id) "
                + "WHERE id IN (SELECT card_id FROM sibling_burials WHERE review_id = ?)")) {
            update.setLong(1, reviewId);
            update.setLong(2, reviewId);
            update.executeUpdate();
        }
    }

    /** The columns of a queue entry: identity, order and schedule, none of the card's text. */
    private static final String ENTRY = "SELECT c.id, c.note_id, c.claim_index, COALESCE(n.channel_key, '') AS channel_key, "
            + "n.position AS note_position, c.position, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, "
            + "c.scheduled_days, c.reps, c.lapses ";

    /** Learning and relearning cards in scope due before {@code dayEnd}, studiable at {@code now}, soonest first. */
    public <T> List<T> learningEntries(CardScope scope, Instant dayEnd, Instant now, EntryRow<T> row) throws SQLException {
        return entries(ENTRY + "FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.state IN ('Learning', 'Relearning') "
                + "AND c.due < ? AND " + STUDIABLE + "AND " + scope.condition() + " ORDER BY c.due, n.position, c.position",
                params(dayEnd, now, scope), row);
    }

    /** Review cards in scope due before {@code dayEnd} and studiable at {@code now}, in no particular order. */
    public <T> List<T> reviewEntries(CardScope scope, Instant dayEnd, Instant now, EntryRow<T> row) throws SQLException {
        return entries(ENTRY + "FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.state = 'Review' AND c.due < ? AND "
                + STUDIABLE + "AND " + scope.condition(), params(dayEnd, now, scope), row);
    }

    /**
     * Up to {@code limit} New cards in scope after collection place ({@code notePosition}, {@code position}), in
     * collection order, only the first studiable New card of each claim: siblings are not introduced together.
     */
    public <T> List<T> newEntries(CardScope scope, Instant now, int notePosition, int position, int limit, EntryRow<T> row)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(notePosition);
        parameters.add(notePosition);
        parameters.add(position);
        parameters.add(now.toEpochMilli());
        parameters.add(now.toEpochMilli());
        parameters.addAll(scope.parameters());
        parameters.add(limit);
        // The partial index cards_new_in_order walks only New cards, in collection order, and stops at the limit.
        return entries(ENTRY + "FROM cards c INDEXED BY cards_new_in_order JOIN notes n ON n.id = c.note_id WHERE c.state = 'New' AND c.retired = 0 "
                + "AND c.suspended = 0 AND c.flagged = 0 AND c.note_position >= ? AND (c.note_position > ? OR c.position > ?) "
                + "AND (c.buried_until IS NULL OR c.buried_until <= ?) " + FIRST_NEW_OF_CLAIM + "AND " + scope.condition()
                + " ORDER BY c.note_position, c.position LIMIT ?", parameters, row);
    }

    /** No studiable New sibling comes before the card {@code c} in its note; the parameter is now. */
    private static final String FIRST_NEW_OF_CLAIM = "AND NOT EXISTS (SELECT 1 FROM cards s WHERE s.note_id = c.note_id "
            + "AND s.claim_index = c.claim_index AND s.state = 'New' AND s.position < c.position AND s.retired = 0 "
            + "AND s.suspended = 0 AND s.flagged = 0 AND (s.buried_until IS NULL OR s.buried_until <= ?)) ";

    /**
     * The cards of one claim in scope that today's queue may hold at {@code now}: studiable, and for New cards only
     * the claim's first studiable one.
     */
    public <T> List<T> claimEntries(CardScope scope, NoteId note, int claimIndex, Instant now, EntryRow<T> row) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(note.value());
        parameters.add(claimIndex);
        parameters.add(now.toEpochMilli());
        parameters.add(now.toEpochMilli());
        parameters.addAll(scope.parameters());
        return entries(ENTRY + "FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.note_id = ? AND c.claim_index = ? AND "
                + STUDIABLE + "AND (c.state <> 'New' " + FIRST_NEW_OF_CLAIM.replaceFirst("AND ", "OR ") + ") AND "
                + scope.condition(), parameters, row);
    }

    /** Makes one queue entry of a row of {@link #ENTRY} columns. */
    @FunctionalInterface
    public interface EntryRow<T> {
        T of(CardId id, NoteId note, int claimIndex, String channelKey, int notePosition, int position, CardSchedule schedule);
    }

    private <T> List<T> entries(String sql, List<Object> parameters, EntryRow<T> row) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<T> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(row.of(new CardId(rows.getString(1)), new NoteId(rows.getString(2)), rows.getInt(3),
                            rows.getString(4), rows.getInt(5), rows.getInt(6), schedule(rows)));
                }
            }
            return entries;
        }
    }

    /** Every card not retired, in note order. */
    public List<StoredCard> active() throws SQLException {
        return query(SELECT + "WHERE c.retired = 0 ORDER BY n.position, c.position", List.of());
    }

    /** The first {@code limit} cards the user flagged as bad and has not dealt with, retired ones aside, in note order. */
    public List<StoredCard> flagged(int limit) throws SQLException {
        return query(SELECT + "WHERE c.flagged = 1 AND c.retired = 0 ORDER BY n.position, c.position LIMIT ?", List.of(limit));
    }

    /** How many cards are flagged, retired ones aside. */
    public int countFlagged() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM cards WHERE flagged = 1 AND retired = 0");
             ResultSet row = select.executeQuery()) {
            return row.getInt(1);
        }
    }

    /** How many cards that are studied (not New) and not retired, suspended or flagged are due before {@code before}. */
    public int countDueBefore(Instant before) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM cards "
                + "WHERE state IN ('Learning', 'Review', 'Relearning') AND due < ? AND retired = 0 AND suspended = 0 AND flagged = 0")) {
            Columns.setInstant(select, 1, before);
            try (ResultSet row = select.executeQuery()) {
                return row.getInt(1);
            }
        }
    }

    /**
     * The cards of these notes not retired, counted by note, state, suspended or not, and mature or not: last scheduled for
     * {@code matureDays} days or more.
     */
    public List<CardTally> tallyActive(List<NoteId> notes, int matureDays) throws SQLException {
        List<CardTally> tallies = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT note_id, state, suspended, "
                + "scheduled_days >= ? AS mature, COUNT(*) FROM cards WHERE note_id IN (SELECT value FROM json_each(?)) "
                + "AND retired = 0 GROUP BY note_id, state, suspended, mature")) {
            select.setInt(1, matureDays);
            select.setString(2, Columns.json(notes.stream().map(NoteId::value).toList()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tallies.add(new CardTally(new NoteId(rows.getString(1)), CardState.fromLabel(rows.getString(2)),
                            rows.getInt(3) == 1, rows.getInt(4) == 1, rows.getInt(5)));
                }
            }
        }
        return tallies;
    }

    /** How many cards are not retired, by kind. */
    public Map<CardKind, Integer> countActiveByKind() throws SQLException {
        Map<CardKind, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, COUNT(*) FROM cards WHERE retired = 0 GROUP BY kind ORDER BY kind");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(CardKind.fromJsonName(rows.getString(1)), rows.getInt(2));
            }
        }
        return counts;
    }

    /** How many cards of each note are not retired. */
    public Map<NoteId, Integer> countActiveByNote() throws SQLException {
        Map<NoteId, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT note_id, COUNT(*) FROM cards WHERE retired = 0 GROUP BY note_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(new NoteId(rows.getString(1)), rows.getInt(2));
            }
        }
        return counts;
    }

    private static List<Object> params(Instant first, Instant now, CardScope scope) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(first.toEpochMilli());
        parameters.add(now.toEpochMilli());
        parameters.addAll(scope.parameters());
        return parameters;
    }

    private List<StoredCard> query(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<StoredCard> cards = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cards.add(card(rows));
                }
            }
            return cards;
        }
    }

    private void update(String sql, CardId id, Object... parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            requireOne(update.executeUpdate(), id);
        }
    }

    private static void requireOne(int changed, CardId id) throws SQLException {
        if (changed != 1) {
            throw new SQLException("no card with id " + id);
        }
    }

    private static void bindContent(PreparedStatement statement, int first, CardDraft draft, String section, int position)
            throws SQLException {
        statement.setString(first, draft.kind().jsonName());
        statement.setInt(first + 1, draft.claimIndex());
        statement.setInt(first + 2, position);
        statement.setString(first + 3, section);
        statement.setString(first + 4, draft.context());
        statement.setString(first + 5, draft.front());
        statement.setString(first + 6, draft.back());
        statement.setString(first + 7, draft.answer());
        statement.setString(first + 8, Columns.json(draft.options()));
        Columns.setText(statement, first + 9, draft.source().videoId().map(VideoId::value));
        Columns.setInteger(statement, first + 10, draft.source().seconds());
        statement.setString(first + 11, draft.source().claim());
        statement.setInt(first + 12, draft.source().line());
    }

    private static void bindSchedule(PreparedStatement statement, int first, CardSchedule schedule) throws SQLException {
        statement.setString(first, schedule.state().label());
        statement.setInt(first + 1, schedule.step());
        statement.setDouble(first + 2, schedule.stability());
        statement.setDouble(first + 3, schedule.difficulty());
        Columns.setInstant(statement, first + 4, schedule.due());
        Columns.setInstant(statement, first + 5, schedule.lastReview());
        statement.setInt(first + 6, schedule.scheduledDays());
        statement.setInt(first + 7, schedule.reps());
        statement.setInt(first + 8, schedule.lapses());
    }

    private static CardSchedule schedule(ResultSet row) throws SQLException {
        return new CardSchedule(CardState.fromLabel(row.getString("state")), row.getInt("step"),
                row.getDouble("stability"), row.getDouble("difficulty"), Columns.instant(row, "due"),
                Columns.optionalInstant(row, "last_review"), row.getInt("scheduled_days"), row.getInt("reps"),
                row.getInt("lapses"));
    }

    private static StoredCard card(ResultSet row) throws SQLException {
        CardSource source = new CardSource(Columns.optionalText(row, "video_id").map(VideoId::new),
                Columns.optionalInteger(row, "source_seconds"), row.getString("source_claim"), row.getInt("source_line"));
        CardDraft draft = new CardDraft(new CardId(row.getString("id")), new NoteId(row.getString("note_id")),
                CardKind.fromJsonName(row.getString("kind")), row.getString("context"), row.getString("front"),
                row.getString("back"), row.getString("answer"), Columns.strings(row.getString("options")), source,
                row.getInt("claim_index"));
        return new StoredCard(draft, row.getString("section"), row.getInt("position"), schedule(row),
                row.getInt("retired") == 1, row.getInt("suspended") == 1, Columns.optionalInstant(row, "buried_until"),
                row.getInt("flagged") == 1);
    }
}
