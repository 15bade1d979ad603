package dev.cuecards.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a database for damage: SQLite's own integrity and foreign-key checks, then ours — every review-log entry's
 * card exists, no card was answered twice at one review count, each entry starts where the one before it ended (a
 * reset to new aside, which the log does not record), and each card's schedule is where its last entry left it (or
 * new after a reset), a card without entries never reviewed. Read only.
 */
public final class CollectionCheck {

    /** Examples kept per kind of damage; the count is always whole. */
    private static final int EXAMPLES = 5;

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private long cards;
    private long entries;

    /** One kind of damage: how often it was found, with the first few cases. */
    public record Finding(String kind, long count, List<String> examples) {
        public Finding {
            examples = List.copyOf(examples);
        }
    }

    /** What the check found; {@link #isIntact()} when nothing. */
    public record Report(long cards, long entries, List<Finding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }

        public boolean isIntact() {
            return findings.isEmpty();
        }
    }

    private CollectionCheck() {
    }

    public static Report of(Database database) {
        return database.read(connection -> new CollectionCheck().run(connection));
    }

    private Report run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    if (!rows.getString(1).equals("ok")) {
                        found("SQLite's integrity check", rows.getString(1));
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    found("a row naming a missing row of another table", rows.getString(1) + " row " + rows.getLong(2)
                            + " names a missing " + rows.getString(3));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT l.id, l.card_id FROM review_log l "
                    + "WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.id = l.card_id)")) {
                while (rows.next()) {
                    found("a review of a card that does not exist", "entry " + rows.getLong(1) + " reviews card " + rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT card_id, reps_before, count(*) FROM review_log "
                    + "GROUP BY card_id, reps_before HAVING count(*) > 1")) {
                while (rows.next()) {
                    found("a card answered twice at one review count", "card " + rows.getString(1) + " answered "
                            + rows.getLong(3) + " times at review " + (rows.getLong(2) + 1));
                }
            }
            checkChains(statement);
            checkCards(statement);
        }
        List<Finding> all = new ArrayList<>(findings.values());
        return new Report(cards, entries, all);
    }

    /** Each entry begins where the card's previous entry ended, or as new after a reset. */
    private void checkChains(Statement statement) throws SQLException {
        String previousCard = null;
        Schedule previous = null;
        try (ResultSet rows = statement.executeQuery("SELECT card_id, id, reviewed_at, "
                + "state_before, step_before, stability_before, difficulty_before, due_before, last_review_before, scheduled_days_before, reps_before, lapses_before, "
                + "state_after, step_after, stability_after, difficulty_after, due_after, scheduled_days_after, lapses_after "
                + "FROM review_log ORDER BY card_id, id")) {
            while (rows.next()) {
                entries++;
                String card = rows.getString(1);
                Schedule before = Schedule.of(rows, 4);
                Schedule after = Schedule.after(rows, 13, rows.getLong(3), before.reps() + 1);
                if (card.equals(previousCard) && !before.equals(previous) && !before.isResetOf(previous)) {
                    found("an answer that does not start where the card's previous answer left it",
                            "entry " + rows.getLong(2) + " of card " + card + ": " + before + " after " + previous);
                }
                if (!card.equals(previousCard) && before.reps() != 0) {
                    found("a card whose first logged answer starts from reviews the log does not hold",
                            "entry " + rows.getLong(2) + " of card " + card + " starts at review " + (before.reps() + 1));
                }
                previousCard = card;
                previous = after;
            }
        }
    }

    /** Each card's schedule is where its last entry left it, or new after a reset; a card without entries is new. */
    private void checkCards(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT c.id, "
                + "c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.scheduled_days, c.reps, c.lapses, "
                + "l.id, l.reviewed_at, l.state_after, l.step_after, l.stability_after, l.difficulty_after, l.due_after, "
                + "l.scheduled_days_after, l.lapses_after, l.reps_before "
                + "FROM cards c LEFT JOIN review_log l ON l.id = (SELECT max(id) FROM review_log WHERE card_id = c.id)")) {
            while (rows.next()) {
                cards++;
                Schedule card = Schedule.of(rows, 2);
                rows.getLong(11);
                if (rows.wasNull()) {
                    if (card.reps() != 0 || card.lapses() != 0 || !card.isNew()) {
                        found("a reviewed card without reviews in the log", "card " + rows.getString(1) + " is " + card);
                    }
                    continue;
                }
                Schedule last = Schedule.after(rows, 13, rows.getLong(12), rows.getInt(20) + 1);
                if (!card.equals(last) && !card.isResetOf(last)) {
                    found("a card whose schedule is not where its last answer left it",
                            "card " + rows.getString(1) + " is " + card + ", its last answer (entry " + rows.getLong(11) + ") left " + last);
                }
            }
        }
    }

    private void found(String kind, String example) {
        Finding before = findings.get(kind);
        List<String> examples = new ArrayList<>(before == null ? List.of() : before.examples());
        if (examples.size() < EXAMPLES) {
            examples.add(example);
        }
        findings.put(kind, new Finding(kind, before == null ? 1 : before.count() + 1, examples));
    }

    /** A schedule as the log and the cards table store it; {@code lastReview} 0 when never reviewed. */
    private record Schedule(String state, int step, double stability, double difficulty, long due, long lastReview,
                            int scheduledDays, int reps, int lapses) {

        static Schedule of(ResultSet rows, int first) throws SQLException {
            return new Schedule(rows.getString(first), rows.getInt(first + 1), rows.getDouble(first + 2), rows.getDouble(first + 3),
                    rows.getLong(first + 4), rows.getLong(first + 5), rows.getInt(first + 6), rows.getInt(first + 7), rows.getInt(first + 8));
        }

        /** The columns after an answer, which the log keeps without its time (the answer's own) and reps (one more). */
        static Schedule after(ResultSet rows, int first, long reviewedAt, int reps) throws SQLException {
            return new Schedule(rows.getString(first), rows.getInt(first + 1), rows.getDouble(first + 2), rows.getDouble(first + 3),
                    rows.getLong(first + 4), reviewedAt, rows.getInt(first + 5), reps, rows.getInt(first + 6));
        }

        boolean isNew() {
            return state.equals("New");
        }

        /** A reset keeps the counts and makes the card new, its memory forgotten. */
        boolean isResetOf(Schedule other) {
            return other != null && isNew() && stability == 0 && difficulty == 0 && reps == other.reps && lapses == other.lapses;
        }

        @Override
        public String toString() {
            return state + " (review " + reps + ", lapses " + lapses + ", stability " + stability + ", due " + java.time.Instant.ofEpochMilli(due) + ")";
        }
    }
}
