package dev.cuecards.store;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.Rating;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code review_log} table: one row per answer, appended; a row goes only when its answer is undone. */
public final class ReviewLogRepository {

    private static final String SELECT = "SELECT * FROM review_log ";

    private final Connection connection;

    public ReviewLogRepository(Connection connection) {
        this.connection = connection;
    }

    /** Appends the answer and returns it with its id. */
    public ReviewLogEntry append(ReviewLogEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_log (card_id, rating, "
                + "reviewed_at, duration_ms, state_before, step_before, stability_before, difficulty_before, due_before, "
                + "last_review_before, scheduled_days_before, reps_before, lapses_before, state_after, step_after, "
                + "stability_after, difficulty_after, due_after, scheduled_days_after, lapses_after) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            CardSchedule before = entry.before();
            CardSchedule after = entry.after();
            insert.setString(1, entry.card().value());
            insert.setInt(2, entry.rating().value());
            Columns.setInstant(insert, 3, entry.reviewedAt());
            insert.setLong(4, entry.timeSpent().toMillis());
            insert.setString(5, before.state().label());
            insert.setInt(6, before.step());
            insert.setDouble(7, before.stability());
            insert.setDouble(8, before.difficulty());
            Columns.setInstant(insert, 9, before.due());
            Columns.setInstant(insert, 10, before.lastReview());
            insert.setInt(11, before.scheduledDays());
            insert.setInt(12, before.reps());
            insert.setInt(13, before.lapses());
            insert.setString(14, after.state().label());
            insert.setInt(15, after.step());
            insert.setDouble(16, after.stability());
            insert.setDouble(17, after.difficulty());
            Columns.setInstant(insert, 18, after.due());
            insert.setInt(19, after.scheduledDays());
            insert.setInt(20, after.lapses());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return entry.withId(keys.getLong(1));
            }
        }
    }

    /** The most recent answer still in the log. */
    public Optional<ReviewLogEntry> latest() throws SQLException {
        return query(SELECT + "ORDER BY id DESC LIMIT 1").stream().findFirst();
    }

    /** The card's answers, oldest first. */
    public List<ReviewLogEntry> ofCard(CardId card) throws SQLException {
        return query(SELECT + "WHERE card_id = ? ORDER BY id", card.value());
    }

    /** Every answer, oldest first. */
    public List<ReviewLogEntry> all() throws SQLException {
        return query(SELECT + "ORDER BY id");
    }

    /** The answers given in [from, to), oldest first. */
    public List<ReviewLogEntry> between(Instant from, Instant to) throws SQLException {
        return query(SELECT + "WHERE reviewed_at >= ? AND reviewed_at < ? ORDER BY reviewed_at, id", from.toEpochMilli(),
                to.toEpochMilli());
    }

    /** Removes the row of an undone answer. */
    public void delete(long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM review_log WHERE id = ?")) {
            delete.setLong(1, id);
            if (delete.executeUpdate() != 1) {
                throw new SQLException("no review log entry with id " + id);
            }
        }
    }

    /** How many answers were given in [from, to). */
    public int count(Instant from, Instant to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?")) {
            Columns.setInstant(select, 1, from);
            Columns.setInstant(select, 2, to);
            try (ResultSet row = select.executeQuery()) {
                return row.getInt(1);
            }
        }
    }

    /** How many answers given in [from, to) found their card in {@code stateBefore}. */
    public int count(Instant from, Instant to, CardState stateBefore) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ? AND state_before = ?")) {
            Columns.setInstant(select, 1, from);
            Columns.setInstant(select, 2, to);
            select.setString(3, stateBefore.label());
            try (ResultSet row = select.executeQuery()) {
                return row.getInt(1);
            }
        }
    }

    /** Answers of one quarter of an hour: how many, how many were Again, and the time they took. */
    public record Quarter(Instant start, int answers, int again, Duration timeSpent) {
    }

    /** Length of a counted quarter; every time zone's day starts on one. */
    public static final Duration QUARTER = Duration.ofMinutes(15);

    /** The quarters with answers that start in [from, to), oldest first (from the counts the log's triggers keep). */
    public List<Quarter> quarters(Instant from, Instant to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT quarter, answers, again, duration_ms "
                + "FROM review_quarters WHERE quarter >= ? AND quarter < ? AND answers > 0 ORDER BY quarter")) {
            select.setLong(1, Math.floorDiv(from.toEpochMilli() + QUARTER.toMillis() - 1, QUARTER.toMillis()));
            select.setLong(2, Math.floorDiv(to.toEpochMilli() + QUARTER.toMillis() - 1, QUARTER.toMillis()));
            List<Quarter> quarters = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    quarters.add(quarter(rows));
                }
            }
            return quarters;
        }
    }

    /**
     * Walks back through the quarters with answers that start before {@code before}, newest first, while
     * {@code more} says to go on: a streak reads only as far back as it reaches.
     */
    public void quartersBackFrom(Instant before, java.util.function.Predicate<Quarter> more) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT quarter, answers, again, duration_ms "
                + "FROM review_quarters WHERE quarter < ? AND answers > 0 ORDER BY quarter DESC")) {
            select.setLong(1, Math.floorDiv(before.toEpochMilli() + QUARTER.toMillis() - 1, QUARTER.toMillis()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && more.test(quarter(rows))) {
                    // the predicate does the work
                }
            }
        }
    }

    private static Quarter quarter(ResultSet row) throws SQLException {
        return new Quarter(Instant.ofEpochMilli(row.getLong(1) * QUARTER.toMillis()), row.getInt(2), row.getInt(3),
                Duration.ofMillis(row.getLong(4)));
    }

    private List<ReviewLogEntry> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<ReviewLogEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            return entries;
        }
    }

    private static ReviewLogEntry entry(ResultSet row) throws SQLException {
        Instant reviewedAt = Columns.instant(row, "reviewed_at");
        int repsBefore = row.getInt("reps_before");
        CardSchedule before = new CardSchedule(CardState.fromLabel(row.getString("state_before")), row.getInt("step_before"),
                row.getDouble("stability_before"), row.getDouble("difficulty_before"), Columns.instant(row, "due_before"),
                Columns.optionalInstant(row, "last_review_before"), row.getInt("scheduled_days_before"), repsBefore,
                row.getInt("lapses_before"));
        CardSchedule after = new CardSchedule(CardState.fromLabel(row.getString("state_after")), row.getInt("step_after"),
                row.getDouble("stability_after"), row.getDouble("difficulty_after"), Columns.instant(row, "due_after"),
                Optional.of(reviewedAt), row.getInt("scheduled_days_after"), repsBefore + 1, row.getInt("lapses_after"));
        return new ReviewLogEntry(row.getLong("id"), new CardId(row.getString("card_id")), Rating.of(row.getInt("rating")),
                reviewedAt, Duration.ofMillis(row.getLong("duration_ms")), before, after);
    }
}
