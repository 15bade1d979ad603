package dev.cuecards.study;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.DayBoundary;
import dev.cuecards.fsrs.Preview;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.Scheduler;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.Database;
import dev.cuecards.store.ReviewLogEntry;
import dev.cuecards.store.ReviewLogRepository;
import dev.cuecards.store.SettingsRepository;
import dev.cuecards.store.StoredCard;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Studying the collection: today's queue, answering (one transaction, stale answers refused), undo, and what the user
 * does to single cards (bury, suspend, flag, reset). Time comes from the given clock, and its zone says where study
 * days begin; nothing here reads the machine's clock or zone.
 */
public final class Study {

    /** A hundred years: enough for any history, and a bound on a mistaken request. */
    static final int MAX_ACTIVITY_DAYS = 36500;

    /** Scopes whose queue is kept at once; the least recently used beyond it is dropped. */
    static final int KEPT_SCOPES = 16;

    private final Database database;
    private final Clock clock;
    private final SchedulerSettings schedulerSettings;
    /** Guards the kept queues, the kept settings and what this study last knew of the database. */
    private final Object kept = new Object();
    private final Map<CardScope, KeptQueue> queues = new LinkedHashMap<>(16, 0.75f, true);
    private StudySettings keptSettings;
    private long knownCommits = -1;
    private long knownExternal = -1;
    private final Map<String, Object> figures = new java.util.HashMap<>();
    private List<Object> figuresKey = List.of();

    /**
     * @param schedulerSettings the weights, maximum interval and fuzz to schedule with; the desired retention and the
     *                          steps come from the stored {@link StudySettings}
     */
    public Study(Database database, Clock clock, SchedulerSettings schedulerSettings) {
        if (database == null || clock == null || schedulerSettings == null) {
            throw new IllegalArgumentException("database, clock and scheduler settings are required");
        }
        this.database = database;
        this.clock = clock;
        this.schedulerSettings = schedulerSettings;
    }

    public StudySettings settings() {
        return database.read(this::settings);
    }

    public void saveSettings(StudySettings settings) {
        synchronized (kept) {
            database.write(connection -> {
                settings.save(new SettingsRepository(connection));
                return null;
            });
            forgetKept();
        }
    }

    /** The stored settings, read once and kept until something else writes to the database. */
    private StudySettings settings(Connection connection) throws SQLException {
        synchronized (kept) {
            checkKept();
            if (keptSettings == null) {
                keptSettings = StudySettings.load(new SettingsRepository(connection));
            }
            return keptSettings;
        }
    }

    /**
     * Answers per study day for the last {@code days} study days ending today, oldest first; days end at the
     * rollover hour, as for the queue.
     */
    public List<DayActivity> activity(int days) {
        if (days < 1 || days > MAX_ACTIVITY_DAYS) {
            throw new IllegalArgumentException("activity covers 1.." + MAX_ACTIVITY_DAYS + " days, got " + days);
        }
        return remembered("activity " + days, () -> statistics(statistics -> statistics.activity(days)));
    }

    /** Consecutive study days with at least one answer, ending today, or yesterday while today has none yet. */
    public int streak() {
        return remembered("streak", () -> statistics(StudyStatistics::streak));
    }

    /** How many answers were given today. */
    public int studiedToday() {
        return statistics(StudyStatistics::studied);
    }

    /** Today's answers, the time they took, their share of Again, and how many cards are due by the end of tomorrow. */
    public DaySummary todaySummary() {
        return statistics(StudyStatistics::summary);
    }

    /** The study day it is now. */
    public StudyDay today() {
        return StudyDay.of(clock.instant(), boundary(settings()));
    }

    /**
     * Today's queue in scope, as it stands now. The day's candidates are read once per scope and kept in step with
     * every change made through this study; a change from elsewhere (another process, a sync) makes them read again.
     */
    public Queue queue(CardScope scope) {
        Instant now = clock.instant();
        return database.read(connection -> {
            synchronized (kept) {
                StudySettings settings = settings(connection);
                return keptQueue(connection, scope, settings, now).view(connection, settings, now);
            }
        });
    }

    /** The card to study now in scope with its preview, or empty when nothing is due now. */
    public Optional<QueuedCard> next(CardScope scope) {
        Queue queue = queue(scope);
        Optional<QueueEntry> first = queue.next();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        StoredCard card = card(first.get().id());
        return Optional.of(new QueuedCard(card, preview(card), queue.remaining()));
    }

    /** The scope's kept queue for today, built if need be; the caller holds {@link #kept} and has checked it. */
    private KeptQueue keptQueue(Connection connection, CardScope scope, StudySettings settings, Instant now) throws SQLException {
        StudyDay day = StudyDay.of(now, boundary(settings));
        KeptQueue queue = queues.get(scope);
        if (queue == null || !queue.day().equals(day)) {
            queue = KeptQueue.build(connection, scope, day, scheduler(settings), now);
            queues.put(scope, queue);
            if (queues.size() > KEPT_SCOPES) {
                queues.remove(queues.keySet().iterator().next());
            }
        }
        return queue;
    }

    /** Drops what is kept when someone else has written to the database since this study last looked. */
    private void checkKept() {
        long commits = database.commits();
        long external = database.externalVersion();
        if (commits != knownCommits || external != knownExternal) {
            forgetKept();
            knownCommits = commits;
            knownExternal = external;
        }
    }

    private void forgetKept() {
        queues.clear();
        keptSettings = null;
        knownCommits = -1;
    }

    /**
     * Runs one change of this study in a transaction, then brings the kept queues in line with the claims it
     * touched, inside the same transaction; a failure drops them instead.
     */
    private <T> T changing(Instant now, Change<T> change) {
        synchronized (kept) {
            boolean inStep = database.commits() == knownCommits;
            try {
                T result = database.write(connection -> {
                    Changed<T> changed = change.apply(connection);
                    if (inStep) {
                        for (KeptQueue queue : queues.values()) {
                            queue.counted(changed.answeredFrom(), changed.countChange());
                            if (changed.card() != null) {
                                queue.refresh(connection, changed.card().note(), changed.card().draft().claimIndex(), now);
                            }
                        }
                    }
                    return changed.result();
                });
                if (inStep) {
                    knownCommits = database.commits();
                } else {
                    forgetKept();
                }
                return result;
            } catch (RuntimeException e) {
                forgetKept();
                throw e;
            }
        }
    }

    /** What a change did: its result, the card whose claim it touched, and an answer it recorded or undid. */
    private record Changed<T>(T result, StoredCard card, CardState answeredFrom, int countChange) {
        static <T> Changed<T> of(T result, StoredCard card) {
            return new Changed<>(result, card, null, 0);
        }
    }

    @FunctionalInterface
    private interface Change<T> {
        Changed<T> apply(Connection connection) throws SQLException;
    }

    /** What each rating would do to the card if answered now. */
    public Preview preview(StoredCard card) {
        return scheduler(settings()).preview(card.schedule(), clock.instant(), card.id().value());
    }

    /**
     * Records an answer and the card's new schedule in one transaction, then buries the card's New and Review
     * siblings until tomorrow.
     *
     * @param reps the card's review count the answer was made against
     * @throws StaleAnswerException when the card no longer has {@code reps} reviews (the answer was already recorded)
     * @throws UnknownCardException when no card has this id
     * @throws UnavailableCardException when the card is suspended or flagged
     */
    public Answered answer(CardId id, Rating rating, int reps, Duration timeSpent) {
        Instant now = clock.instant();
        return changing(now, connection -> {
            StudySettings settings = StudySettings.load(new SettingsRepository(connection));
            CardRepository cards = new CardRepository(connection);
            StoredCard card = find(cards, id);
            if (card.schedule().reps() != reps) {
                throw new StaleAnswerException(id, reps, card.schedule().reps());
            }
            if (card.retired()) {
                throw new IllegalArgumentException("card " + id + " is retired: its note no longer generates it");
            }
            if (card.suspended() || card.flagged()) {
                throw new UnavailableCardException(id, card.suspended() ? "suspended" : "flagged");
            }
            CardSchedule after = scheduler(settings).answer(card.schedule(), rating, now, id.value());
            if (!cards.saveSchedule(id, reps, after, now)) {
                throw new StaleAnswerException(id, reps, find(cards, id).schedule().reps());
            }
            ReviewLogEntry entry = new ReviewLogRepository(connection)
                    .append(new ReviewLogEntry(0, id, rating, now, timeSpent, card.schedule(), after));
            cards.burySiblings(card, StudyDay.of(now, boundary(settings)).end(), entry.id());
            return new Changed<>(new Answered(find(cards, id), entry), card, card.schedule().state(), 1);
        });
    }

    /**
     * Undoes the latest answer still in the log: the card gets back the schedule it had before, and the entry leaves
     * the log. Empty when there is nothing to undo, or when the card has changed since (reset, say).
     */
    public Optional<StoredCard> undo() {
        Instant now = clock.instant();
        return changing(now, connection -> {
            ReviewLogRepository log = new ReviewLogRepository(connection);
            Optional<ReviewLogEntry> latest = log.latest();
            if (latest.isEmpty()) {
                return Changed.of(Optional.<StoredCard>empty(), null);
            }
            ReviewLogEntry entry = latest.get();
            CardRepository cards = new CardRepository(connection);
            StoredCard card = find(cards, entry.card());
            if (!card.schedule().equals(entry.after())) {
                return Changed.of(Optional.<StoredCard>empty(), null);
            }
            cards.saveSchedule(card.id(), entry.after().reps(), entry.before(), now);
            cards.unburySiblings(entry.id());
            log.delete(entry.id());
            // an answer of an earlier study day was never counted against today's limits
            int counted = entry.reviewedAt().isBefore(today().start()) ? 0 : -1;
            return new Changed<>(cards.find(card.id()), card, entry.before().state(), counted);
        });
    }

    /** Hides the card until the next study day begins. */
    public void bury(CardId id) {
        StudyDay day = today();
        change(id, (cards, card) -> cards.setBuriedUntil(id, Optional.of(day.end())));
    }

    public void suspend(CardId id) {
        change(id, (cards, card) -> cards.setSuspended(id, true));
    }

    public void unsuspend(CardId id) {
        change(id, (cards, card) -> cards.setSuspended(id, false));
    }

    /** Marks the card as bad: it leaves the queue and is listed by {@link #flagged()} until unflagged. */
    public void flag(CardId id) {
        change(id, (cards, card) -> cards.setFlagged(id, true));
    }

    public void unflag(CardId id) {
        change(id, (cards, card) -> cards.setFlagged(id, false));
    }

    /**
     * Makes the card New again, due now. Its review log stays, and so do its review and lapse counts, which keep
     * counting so that an answer made before the reset is still recognised as stale.
     */
    public void resetToNew(CardId id) {
        Instant now = clock.instant();
        change(id, (cards, card) -> {
            CardSchedule before = card.schedule();
            CardSchedule fresh = new CardSchedule(CardState.NEW, 0, 0, 0, now, Optional.empty(), 0, before.reps(), before.lapses());
            cards.saveSchedule(id, before.reps(), fresh, now);
        });
    }

    /** The card with this id, retired or not. */
    public StoredCard card(CardId id) {
        return database.read(connection -> find(new CardRepository(connection), id));
    }

    private void change(CardId id, CardChange change) {
        changing(clock.instant(), connection -> {
            CardRepository cards = new CardRepository(connection);
            StoredCard card = find(cards, id);
            change.apply(cards, card);
            return Changed.of(null, card);
        });
    }

    private static StoredCard find(CardRepository cards, CardId id) throws SQLException {
        return cards.find(id).orElseThrow(() -> new UnknownCardException(id));
    }

    /**
     * A figure of the study days, worked out once and kept until the database changes or the day does: the home
     * page asks for the streak and the activity on every visit.
     */
    @SuppressWarnings("unchecked")
    private <T> T remembered(String name, java.util.function.Supplier<T> figure) {
        List<Object> key = List.of(database.commits(), database.externalVersion(), today().date());
        synchronized (kept) {
            if (key.equals(figuresKey) && figures.containsKey(name)) {
                return (T) figures.get(name);
            }
        }
        T value = figure.get(); // read outside the lock: a reader is never awaited while holding it
        synchronized (kept) {
            if (!key.equals(figuresKey)) {
                figures.clear();
                figuresKey = key;
            }
            figures.put(name, value);
        }
        return value;
    }

    private <T> T statistics(Figures<T> figures) {
        Instant now = clock.instant();
        return database.read(connection -> {
            DayBoundary boundary = boundary(settings(connection));
            return figures.of(new StudyStatistics(connection, boundary, StudyDay.of(now, boundary)));
        });
    }

    private DayBoundary boundary(StudySettings settings) {
        return new DayBoundary(clock.getZone(), settings.rolloverHour());
    }

    private Scheduler scheduler(StudySettings settings) {
        return new Scheduler(settings.applyTo(schedulerSettings), boundary(settings));
    }

    @FunctionalInterface
    private interface Figures<T> {
        T of(StudyStatistics statistics) throws SQLException;
    }

    @FunctionalInterface
    private interface CardChange {
        void apply(CardRepository cards, StoredCard card) throws SQLException;
    }
}
