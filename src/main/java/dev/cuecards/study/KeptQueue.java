package dev.cuecards.study;

import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.Scheduler;
import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.ReviewLogRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Today's queue of one scope, read from the database once and then kept in step with each change to a card, so a
 * review page costs the same whatever the collection's size. It holds the day's candidates: every learning card due
 * today, every review card due today (lowest retrievability first, computed once when the queue is built), and the
 * first new cards in collection order, fetched a chunk at a time as they are needed. {@link #view} applies the
 * day's limits and the one-card-per-claim rule to them, exactly as a queue built from scratch would.
 */
final class KeptQueue {

    /** New cards fetched at once, at least. */
    private static final int NEW_CHUNK = 64;

    private static final Comparator<QueueEntry> BY_DUE = Comparator
            .comparing((QueueEntry entry) -> entry.schedule().due()).thenComparing(KeptQueue::inCollection);

    private final CardScope scope;
    private final StudyDay day;
    private final Scheduler scheduler;
    private final List<QueueEntry> learning;
    private final List<QueueEntry> reviews;
    private final Map<String, Double> retrievability = new HashMap<>();
    private final Comparator<QueueEntry> weakestFirst;
    private final List<QueueEntry> fresh = new ArrayList<>();
    /** Collection place of the last new card fetched: the next chunk starts after it. */
    private int lastNotePosition = Integer.MIN_VALUE;
    private int lastPosition = Integer.MIN_VALUE;
    private boolean freshComplete;
    private int newStudied;
    private int reviewsStudied;
    /** The last view, its limits, and until when it holds: the next learning card's step falls due then. */
    private Queue shown;
    private StudySettings shownWith;
    private Instant shownAt = Instant.MAX;
    private Instant shownUntil = Instant.MIN;

    private KeptQueue(CardScope scope, StudyDay day, Scheduler scheduler, List<QueueEntry> learning, List<QueueEntry> reviews) {
        this.scope = scope;
        this.day = day;
        this.scheduler = scheduler;
        this.learning = learning;
        this.reviews = reviews;
        this.weakestFirst = Comparator.comparingDouble((QueueEntry entry) -> retrievability.get(entry.id().value()))
                .thenComparing((QueueEntry entry) -> entry.schedule().due()).thenComparing(KeptQueue::inCollection);
    }

    static KeptQueue build(Connection connection, CardScope scope, StudyDay day, Scheduler scheduler, Instant now)
            throws SQLException {
        CardRepository cards = new CardRepository(connection);
        List<QueueEntry> learning = new ArrayList<>(cards.learningEntries(scope, day.end(), now, QueueEntry::new));
        List<QueueEntry> reviews = new ArrayList<>(cards.reviewEntries(scope, day.end(), now, QueueEntry::new));
        KeptQueue queue = new KeptQueue(scope, day, scheduler, learning, reviews);
        reviews.forEach(queue::rememberRetrievability);
        reviews.sort(queue.weakestFirst);
        ReviewLogRepository log = new ReviewLogRepository(connection);
        queue.newStudied = log.count(day.start(), day.end(), CardState.NEW);
        queue.reviewsStudied = log.count(day.start(), day.end(), CardState.REVIEW);
        return queue;
    }

    StudyDay day() {
        return day;
    }

    /**
     * The queue as it stands at {@code now} under these limits; may fetch further new cards. The same view serves
     * every request until a card changes or the next learning step falls due.
     */
    Queue view(Connection connection, StudySettings settings, Instant now) throws SQLException {
        if (shown != null && settings.equals(shownWith) && !now.isBefore(shownAt) && now.isBefore(shownUntil)) {
            return shown;
        }
        List<QueueEntry> learningNow = new ArrayList<>();
        Set<QueueEntry.Claim> claims = new HashSet<>();
        Instant until = day.end();
        for (QueueEntry entry : learning) {
            if (entry.schedule().due().isAfter(now)) {
                until = entry.schedule().due().isBefore(until) ? entry.schedule().due() : until;
                break;
            }
            learningNow.add(entry);
            claims.add(entry.claim());
        }
        List<QueueEntry> dueReviews = onePerClaim(reviews, Math.max(0, settings.maxReviewsPerDay() - reviewsStudied), claims);
        int newLeft = Math.max(0, settings.newCardsPerDay() - newStudied);
        List<QueueEntry> newCards = new ArrayList<>();
        for (int next = 0; newCards.size() < newLeft; next++) {
            if (next == fresh.size() && !fetchMore(connection, now, newLeft - newCards.size())) {
                break;
            }
            QueueEntry entry = fresh.get(next);
            if (claims.add(entry.claim())) {
                newCards.add(entry);
            }
        }
        shown = new Queue(day, learningNow, dueReviews, newCards);
        shownWith = settings;
        shownAt = now;
        shownUntil = until;
        return shown;
    }

    private boolean fetchMore(Connection connection, Instant now, int wanted) throws SQLException {
        if (freshComplete) {
            return false;
        }
        int chunk = Math.max(NEW_CHUNK, 2 * wanted);
        List<QueueEntry> more = new CardRepository(connection).newEntries(scope, now, lastNotePosition, lastPosition, chunk,
                QueueEntry::new);
        freshComplete = more.size() < chunk;
        shown = null;
        if (!more.isEmpty()) {
            QueueEntry last = more.get(more.size() - 1);
            lastNotePosition = last.notePosition();
            lastPosition = last.position();
            fresh.addAll(more);
        }
        return !more.isEmpty();
    }

    private static List<QueueEntry> onePerClaim(List<QueueEntry> candidates, int limit, Set<QueueEntry.Claim> claims) {
        List<QueueEntry> kept = new ArrayList<>();
        for (QueueEntry entry : candidates) {
            if (kept.size() >= limit) {
                break;
            }
            if (claims.add(entry.claim())) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /**
     * Takes in what changed on one claim's cards (an answer, an undo, a bury, a suspension, a flag, a reset): each of
     * them leaves the queue and comes back where its row now puts it.
     */
    void refresh(Connection connection, NoteId note, int claimIndex, Instant now) throws SQLException {
        shown = null;
        QueueEntry.Claim claim = new QueueEntry.Claim(note, claimIndex);
        learning.removeIf(entry -> entry.claim().equals(claim));
        reviews.removeIf(entry -> entry.claim().equals(claim));
        fresh.removeIf(entry -> entry.claim().equals(claim));
        for (QueueEntry entry : new CardRepository(connection).claimEntries(scope, note, claimIndex, now, QueueEntry::new)) {
            CardState state = entry.schedule().state();
            boolean dueToday = entry.schedule().due().isBefore(day.end());
            if ((state == CardState.LEARNING || state == CardState.RELEARNING) && dueToday) {
                insertSorted(learning, entry, BY_DUE);
            } else if (state == CardState.REVIEW && dueToday) {
                rememberRetrievability(entry);
                insertSorted(reviews, entry, weakestFirst);
            } else if (state == CardState.NEW && (freshComplete || isFetched(entry))) {
                insertSorted(fresh, entry, KeptQueue::inCollection);
            }
        }
    }

    /**
     * Review cards are ordered by their chance of recall when the study day began: one figure per card for the whole
     * day, so the order does not shift under the user, and a queue rebuilt later in the day is the same.
     */
    private void rememberRetrievability(QueueEntry entry) {
        retrievability.put(entry.id().value(), scheduler.retrievabilityAt(entry.schedule(), day.start()));
    }

    /** Counts an answer (or, with -1, its undoing) against the day's limits, by the state the card was in. */
    void counted(CardState before, int change) {
        shown = null;
        if (before == CardState.NEW) {
            newStudied += change;
        } else if (before == CardState.REVIEW) {
            reviewsStudied += change;
        }
    }

    private boolean isFetched(QueueEntry entry) {
        return entry.notePosition() < lastNotePosition
                || (entry.notePosition() == lastNotePosition && entry.position() <= lastPosition);
    }

    private static int inCollection(QueueEntry a, QueueEntry b) {
        return a.compareInCollection(b);
    }

    private static void insertSorted(List<QueueEntry> list, QueueEntry entry, Comparator<QueueEntry> order) {
        int at = 0;
        while (at < list.size() && order.compare(list.get(at), entry) <= 0) {
            at++;
        }
        list.add(at, entry);
    }
}
