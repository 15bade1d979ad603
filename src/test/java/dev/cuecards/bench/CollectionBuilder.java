package dev.cuecards.bench;

import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.DayBoundary;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.Scheduler;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.study.StudySettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Builds a benchmark collection from a vault that {@code cuecards generate} has already synced: the vault's notes
 * copied {@code copies - 1} more times under new titles and video ids (files written, rows cloned, so the vault and
 * the database agree), then a year of study simulated with the app's own scheduler until the review log holds about
 * {@code reviews} rows, ending yesterday, so that today has its usual load of due cards.
 *
 * <pre>
 * java -cp … dev.cuecards.bench.CollectionBuilder VAULT BASE.db COPIES REVIEWS OUT_NOTES OUT.db
 * </pre>
 *
 * Test scope only: it writes with {@code synchronous=OFF} and builds rows directly, which no user data may see.
 */
public final class CollectionBuilder {

    private static final int DAYS = 365;
    /** New and review limits of a user who studies about 5,500 answers a day. */
    private static final int REVIEWS_PER_DAY_LIMIT = 9999;

    private final Random random = new Random(20261203L);

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: CollectionBuilder VAULT BASE.db COPIES REVIEWS OUT_NOTES OUT.db");
            System.exit(2);
        }
        Path vault = Path.of(args[0]);
        Path base = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        long reviews = Long.parseLong(args[3]);
        Path notes = Path.of(args[4]);
        Path out = Path.of(args[5]);
        new CollectionBuilder().build(vault, base, copies, reviews, notes, out);
    }

    void build(Path vault, Path base, int copies, long reviews, Path notes, Path out) throws Exception {
        if (Files.exists(out) || Files.exists(notes)) {
            throw new IllegalArgumentException(out + " or " + notes + " already exists");
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + base.toAbsolutePath());
             Statement vacuum = source.createStatement()) {
            vacuum.executeUpdate("VACUUM INTO '" + out.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.toAbsolutePath())) {
            try (Statement pragmas = db.createStatement()) {
                pragmas.execute("PRAGMA journal_mode = WAL");
                pragmas.execute("PRAGMA synchronous = OFF");
                pragmas.execute("PRAGMA cache_size = -200000");
            }
            db.setAutoCommit(false);
            copyVault(db, vault, notes, copies);
            db.commit();
            long start = System.nanoTime();
            int newPerDay = calibrate(db, reviews);
            simulate(db, newPerDay, true);
            storeSettings(db, newPerDay);
            db.commit();
            System.err.printf("simulated a year at %d new cards a day in %.1f s%n", newPerDay, (System.nanoTime() - start) / 1e9);
            try (Statement analyse = db.createStatement()) {
                db.setAutoCommit(true);
                analyse.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            report(db);
        }
    }

    // ---- copies of the vault

    private record BaseNote(String id, String path, String title, String videoId, String problems) {
    }

    private void copyVault(Connection db, Path vault, Path notes, int copies) throws SQLException, IOException {
        List<BaseNote> base = new ArrayList<>();
        try (Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, path, title, video_id, problems FROM notes WHERE in_vault = 1 ORDER BY position")) {
            while (rows.next()) {
                base.add(new BaseNote(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        for (BaseNote note : base) {
            Path target = notes.resolve(note.path());
            Files.createDirectories(target.getParent());
            Files.copy(vault.resolve(note.path()), target);
        }
        try (Statement temp = db.createStatement()) {
            temp.execute("CREATE TEMP TABLE copy_map (old_id TEXT PRIMARY KEY, new_id TEXT, new_video TEXT)");
        }
        int position = base.size();
        for (int copy = 2; copy <= copies; copy++) {
            try (Statement clear = db.createStatement()) {
                clear.execute("DELETE FROM copy_map");
            }
            String prefix = "copy-" + copy + "/";
            try (PreparedStatement map = db.prepareStatement("INSERT INTO copy_map VALUES (?, ?, ?)");
                 PreparedStatement insert = db.prepareStatement("INSERT INTO notes (id, path, title, video_id, channel, "
                         + "channel_key, content_hash, generator_version, generator_settings, problems, position, in_vault, synced_at) "
                         + "SELECT ?, ?, ?, ?, channel, channel_key, ?, generator_version, generator_settings, ?, ?, 1, synced_at "
                         + "FROM notes WHERE id = ?")) {
                for (BaseNote note : base) {
                    String title = note.title() + " (part " + copy + ")";
                    String video = note.videoId() == null ? null : videoId(note.videoId(), copy);
                    String text = Files.readString(vault.resolve(note.path()), StandardCharsets.UTF_8);
                    text = retitled(text, note.title(), title);
                    if (video != null) {
                        text = text.replace(note.videoId(), video);
                    }
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    Path target = notes.resolve(prefix + note.path());
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                    String newId = prefix + note.id();
                    map.setString(1, note.id());
                    map.setString(2, newId);
                    map.setString(3, video);
                    map.addBatch();
                    insert.setString(1, newId);
                    insert.setString(2, prefix + note.path());
                    insert.setString(3, title);
                    if (video == null) {
                        insert.setNull(4, Types.VARCHAR);
                    } else {
                        insert.setString(4, video);
                    }
                    insert.setString(5, sha256(bytes));
                    insert.setString(6, note.problems().replace("\"" + note.path() + ":", "\"" + prefix + note.path() + ":"));
                    insert.setInt(7, ++position);
                    insert.setString(8, note.id());
                    insert.addBatch();
                }
                map.executeBatch();
                insert.executeBatch();
            }
            try (Statement clone = db.createStatement()) {
                clone.executeUpdate("INSERT INTO claims (note_id, claim_index, text, section, role, line, seconds) "
                        + "SELECT m.new_id, c.claim_index, c.text, c.section, c.role, c.line, c.seconds "
                        + "FROM claims c JOIN copy_map m ON m.old_id = c.note_id");
                clone.executeUpdate("INSERT INTO cards (id, note_id, kind, claim_index, position, section, context, front, back, "
                        + "answer, options, video_id, source_seconds, source_claim, source_line, state, step, stability, difficulty, "
                        + "due, last_review, scheduled_days, reps, lapses, retired, created_at, updated_at, suspended, buried_until, flagged) "
                        + "SELECT c.id || '-p" + copy + "', m.new_id, c.kind, c.claim_index, c.position, c.section, c.context, c.front, "
                        + "c.back, c.answer, c.options, CASE WHEN c.video_id IS NULL THEN NULL ELSE m.new_video END, c.source_seconds, "
                        + "c.source_claim, c.source_line, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, "
                        + "c.scheduled_days, c.reps, c.lapses, c.retired, c.created_at, c.updated_at, c.suspended, c.buried_until, c.flagged "
                        + "FROM cards c JOIN copy_map m ON m.old_id = c.note_id");
            }
            System.err.println("copy " + copy + " of " + copies + " written");
        }
    }

    /** The title in the front matter and in a first heading, where the note writes it. */
    private static String retitled(String text, String title, String newTitle) {
        String result = text.replaceFirst("(?m)^title:.*$", java.util.regex.Matcher.quoteReplacement("title: " + newTitle));
        return result.replaceFirst("(?m)^# " + java.util.regex.Pattern.quote(title) + "\\s*$",
                java.util.regex.Matcher.quoteReplacement("# " + newTitle));
    }

    /** Eleven YouTube-id characters derived from the original id and the copy number. */
    private static String videoId(String original, int copy) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        byte[] hash = digest((original + "/" + copy).getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            id.append(alphabet.charAt(hash[i] & 63));
        }
        return id.toString();
    }

    // ---- a year of study

    /** A card as the simulation sees it. */
    private static final class Sim {
        final String id;
        CardSchedule schedule;

        Sim(String id, CardSchedule schedule) {
            this.id = id;
            this.schedule = schedule;
        }
    }

    /** The first card of each claim, notes in collection order: what the app introduces as new cards. */
    private static List<String> introductionOrder(Connection db, int wanted) throws SQLException {
        List<String> order = new ArrayList<>();
        Set<String> claims = new HashSet<>();
        try (Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("SELECT c.id, c.note_id, c.claim_index FROM notes n CROSS JOIN cards c "
                     + "ON c.note_id = n.id WHERE c.retired = 0 ORDER BY n.position, c.position")) {
            while (rows.next() && order.size() < wanted) {
                if (claims.add(rows.getString(2) + "#" + rows.getInt(3))) {
                    order.add(rows.getString(1));
                }
            }
        }
        return order;
    }

    private int calibrate(Connection db, long reviews) throws SQLException {
        int newPerDay = (int) Math.max(1, reviews / DAYS / 10);
        for (int round = 0; round < 3; round++) {
            long rows = simulate(db, newPerDay, false);
            newPerDay = (int) Math.max(1, Math.round(newPerDay * (double) reviews / rows));
            System.err.printf("calibration: %d rows; next try %d new a day%n", rows, newPerDay);
        }
        return newPerDay;
    }

    /** Simulates the year; when {@code write}, stores every answer and each card's final schedule. Returns the answers. */
    private long simulate(Connection db, int newPerDay, boolean write) throws SQLException {
        random.setSeed(20261203L);
        ZoneId zone = ZoneId.systemDefault();
        DayBoundary days = new DayBoundary(zone, StudySettings.DEFAULTS.rolloverHour());
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults()
                .withDesiredRetention(StudySettings.DEFAULTS.desiredRetention())
                .withLearningSteps(StudySettings.DEFAULTS.learningSteps())
                .withRelearningSteps(StudySettings.DEFAULTS.relearningSteps()), days);
        List<String> order = introductionOrder(db, newPerDay * DAYS);
        List<Sim> studied = new ArrayList<>();
        PriorityQueue<Sim> due = new PriorityQueue<>((a, b) -> a.schedule.due().compareTo(b.schedule.due()));
        LocalDate today = days.studyDate(Instant.now());
        long answers = 0;
        int next = 0;
        try (PreparedStatement log = write ? logInsert(db) : null) {
            for (int back = DAYS; back >= 1; back--) {
                LocalDate date = today.minusDays(back);
                Instant dayEnd = date.plusDays(1).atTime(days.rolloverHour(), 0).atZone(zone).toInstant();
                Instant time = date.atTime(8, 0).atZone(zone).toInstant().plusSeconds(random.nextInt(4 * 3600));
                for (int i = 0; i < newPerDay && next < order.size(); i++) {
                    Sim card = new Sim(order.get(next++), CardSchedule.newCard(time));
                    studied.add(card);
                    due.add(card);
                }
                while (!due.isEmpty() && due.peek().schedule.due().isBefore(dayEnd)) {
                    Sim card = due.poll();
                    long seconds = 3 + random.nextInt(12);
                    time = (card.schedule.due().isAfter(time) ? card.schedule.due() : time).plusSeconds(seconds);
                    if (!time.isBefore(dayEnd)) {
                        due.add(card);
                        break;
                    }
                    Rating rating = rating(scheduler, card.schedule, time);
                    CardSchedule after = scheduler.answer(card.schedule, rating, time, card.id);
                    if (log != null) {
                        addLog(log, card.id, rating, time, Duration.ofSeconds(seconds), card.schedule, after);
                        if (++answers % 10_000 == 0) {
                            log.executeBatch();
                        }
                    } else {
                        answers++;
                    }
                    card.schedule = after;
                    due.add(card);
                }
            }
            if (log != null) {
                log.executeBatch();
                saveSchedules(db, studied);
            }
        }
        return answers;
    }

    /** Again about as often as the card is forgotten; otherwise mostly Good. */
    private Rating rating(Scheduler scheduler, CardSchedule card, Instant now) {
        double forget = card.state() == CardState.REVIEW ? 1 - scheduler.retrievabilityAt(card, now) : 0.2;
        double draw = random.nextDouble();
        if (draw < forget) {
            return Rating.AGAIN;
        }
        double rest = random.nextDouble();
        return rest < 0.1 ? Rating.HARD : rest < 0.9 ? Rating.GOOD : Rating.EASY;
    }

    private static PreparedStatement logInsert(Connection db) throws SQLException {
        return db.prepareStatement("INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_before, "
                + "step_before, stability_before, difficulty_before, due_before, last_review_before, scheduled_days_before, "
                + "reps_before, lapses_before, state_after, step_after, stability_after, difficulty_after, due_after, "
                + "scheduled_days_after, lapses_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static void addLog(PreparedStatement log, String card, Rating rating, Instant time, Duration spent,
                               CardSchedule before, CardSchedule after) throws SQLException {
        log.setString(1, card);
        log.setInt(2, rating.value());
        log.setLong(3, time.toEpochMilli());
        log.setLong(4, spent.toMillis());
        log.setString(5, before.state().label());
        log.setInt(6, before.step());
        log.setDouble(7, before.stability());
        log.setDouble(8, before.difficulty());
        log.setLong(9, before.due().toEpochMilli());
        setInstant(log, 10, before.lastReview());
        log.setInt(11, before.scheduledDays());
        log.setInt(12, before.reps());
        log.setInt(13, before.lapses());
        log.setString(14, after.state().label());
        log.setInt(15, after.step());
        log.setDouble(16, after.stability());
        log.setDouble(17, after.difficulty());
        log.setLong(18, after.due().toEpochMilli());
        log.setInt(19, after.scheduledDays());
        log.setInt(20, after.lapses());
        log.addBatch();
    }

    private static void saveSchedules(Connection db, List<Sim> studied) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE cards SET state = ?, step = ?, stability = ?, "
                + "difficulty = ?, due = ?, last_review = ?, scheduled_days = ?, reps = ?, lapses = ?, created_at = ?, "
                + "updated_at = ? WHERE id = ?")) {
            int batched = 0;
            for (Sim card : studied) {
                CardSchedule s = card.schedule;
                update.setString(1, s.state().label());
                update.setInt(2, s.step());
                update.setDouble(3, s.stability());
                update.setDouble(4, s.difficulty());
                update.setLong(5, s.due().toEpochMilli());
                setInstant(update, 6, s.lastReview());
                update.setInt(7, s.scheduledDays());
                update.setInt(8, s.reps());
                update.setInt(9, s.lapses());
                long last = s.lastReview().orElse(s.due()).toEpochMilli();
                update.setLong(10, last);
                update.setLong(11, last);
                update.setString(12, card.id);
                update.addBatch();
                if (++batched % 10_000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static void storeSettings(Connection db, int newPerDay) throws SQLException {
        try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")) {
            put.setString(1, "study.newCardsPerDay");
            put.setString(2, String.valueOf(newPerDay));
            put.addBatch();
            put.setString(1, "study.maxReviewsPerDay");
            put.setString(2, String.valueOf(REVIEWS_PER_DAY_LIMIT));
            put.addBatch();
            put.executeBatch();
        }
    }

    private static void report(Connection db) throws SQLException {
        try (Statement select = db.createStatement()) {
            for (String sql : List.of("SELECT 'notes', COUNT(*) FROM notes", "SELECT 'cards', COUNT(*) FROM cards",
                    "SELECT 'review log rows', COUNT(*) FROM review_log",
                    "SELECT 'cards by state: ' || group_concat(state || ' ' || n, ', '), 0 FROM (SELECT state, COUNT(*) n FROM cards GROUP BY state)")) {
                try (ResultSet row = select.executeQuery(sql)) {
                    System.out.println(row.getString(1) + (row.getLong(2) == 0 ? "" : ": " + row.getLong(2)));
                }
            }
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            statement.setLong(index, instant.get().toEpochMilli());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
