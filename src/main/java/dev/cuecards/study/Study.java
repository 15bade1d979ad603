package dev.cuecards.study;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.DayBoundary;
import dev.cuecards.fsrs.Preview;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.Scheduler;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.Database;
import dev.cuecards.store.NoteRepository;
import dev.cuecards.store.ReviewLogEntry;
import dev.cuecards.store.ReviewLogRepository;
import dev.cuecards.store.SettingsRepository;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.StoredNote;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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

    private final Database database;
    private final Clock clock;
    private final SchedulerSettings schedulerSettings;

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
        return database.read(connection -> StudySettings.load(new SettingsRepository(connection)));
    }

    public void saveSettings(StudySettings settings) {
        database.write(connection -> {
            settings.save(new SettingsRepository(connection));
            return null;
        });
    }

    /**
     * Answers per study day for the last {@code days} study days ending today, oldest first; days end at the
     * rollover hour, as for the queue.
     */
    public List<DayActivity> activity(int days) {
        if (days < 1 || days > MAX_ACTIVITY_DAYS) {
            throw new IllegalArgumentException("activity covers 1.." + MAX_ACTIVITY_DAYS + " days, got " + days);
        }
        return statistics(statistics -> statistics.activity(days));
    }

    /** Consecutive study days with at least one answer, ending today, or yesterday while today has none yet. */
    public int streak() {
        return statistics(StudyStatistics::streak);
    }

    /** Today's answers, the time they took, their share of Again, and how many cards are due by the end of tomorrow. */
    public DaySummary todaySummary() {
        return statistics(StudyStatistics::summary);
    }

    /** The notes in the vault, in path order. */
    public List<StoredNote> notes() {
        return database.read(Study::notesInVault);
    }

    /** The note's cards that are not retired, in the note's order; empty for an unknown note. */
    public List<StoredCard> cardsOf(NoteId note) {
        List<StoredCard> cards = database.read(connection -> new CardRepository(connection).ofNote(note));
        return cards.stream().filter(card -> !card.retired()).toList();
    }

    /** Where the cards of each note in the vault stand, notes in path order; a note without cards has all zeros. */
    public Map<NoteId, NoteProgress> progress() {
        return database.read(connection -> NoteProgress.byNote(notesInVault(connection),
                new CardRepository(connection).tallyActive(NoteProgress.MATURE_DAYS)));
    }

    /** The study day it is now. */
    public StudyDay today() {
        return StudyDay.of(clock.instant(), boundary(settings()));
    }

    /** Today's queue in scope, as it stands now. */
    public Queue queue(CardScope scope) {
        Instant now = clock.instant();
        return database.read(connection -> {
            StudySettings settings = StudySettings.load(new SettingsRepository(connection));
            StudyDay day = StudyDay.of(now, boundary(settings));
            return new QueueBuilder(connection, settings, scheduler(settings), day, now).build(scope);
        });
    }

    /** The card to study now in scope with its preview, or empty when nothing is due now. */
    public Optional<QueuedCard> next(CardScope scope) {
        Queue queue = queue(scope);
        return queue.next().map(card -> new QueuedCard(card, preview(card), queue.remaining()));
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
        return database.write(connection -> {
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
            return new Answered(find(cards, id), entry);
        });
    }

    /**
     * Undoes the latest answer still in the log: the card gets back the schedule it had before, and the entry leaves
     * the log. Empty when there is nothing to undo, or when the card has changed since (reset, say).
     */
    public Optional<StoredCard> undo() {
        Instant now = clock.instant();
        return database.write(connection -> {
            ReviewLogRepository log = new ReviewLogRepository(connection);
            Optional<ReviewLogEntry> latest = log.latest();
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            ReviewLogEntry entry = latest.get();
            CardRepository cards = new CardRepository(connection);
            StoredCard card = find(cards, entry.card());
            if (!card.schedule().equals(entry.after())) {
                return Optional.empty();
            }
            cards.saveSchedule(card.id(), entry.after().reps(), entry.before(), now);
            cards.unburySiblings(entry.id());
            log.delete(entry.id());
            return cards.find(card.id());
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

    /** The cards flagged as bad, for the user to look at. */
    public List<StoredCard> flagged() {
        return database.read(connection -> new CardRepository(connection).flagged());
    }

    /** The card with this id, retired or not. */
    public StoredCard card(CardId id) {
        return database.read(connection -> find(new CardRepository(connection), id));
    }

    private void change(CardId id, CardChange change) {
        database.write(connection -> {
            CardRepository cards = new CardRepository(connection);
            change.apply(cards, find(cards, id));
            return null;
        });
    }

    private static List<StoredNote> notesInVault(Connection connection) throws SQLException {
        return new NoteRepository(connection).all().values().stream().filter(StoredNote::inVault)
                .sorted(Comparator.comparing(StoredNote::path)).toList();
    }

    private static StoredCard find(CardRepository cards, CardId id) throws SQLException {
        return cards.find(id).orElseThrow(() -> new UnknownCardException(id));
    }

    private <T> T statistics(Figures<T> figures) {
        Instant now = clock.instant();
        return database.read(connection -> {
            DayBoundary boundary = boundary(StudySettings.load(new SettingsRepository(connection)));
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
