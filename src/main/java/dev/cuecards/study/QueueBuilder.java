package dev.cuecards.study;

import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.Scheduler;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.ReviewLogRepository;
import dev.cuecards.store.StoredCard;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds today's queue from the database as it is at one instant. */
final class QueueBuilder {

    private final Connection connection;
    private final StudySettings settings;
    private final Scheduler scheduler;
    private final Instant now;
    private final StudyDay day;
    /** Claims (note + claim index) that already have a card in the queue. */
    private final Set<String> claims = new HashSet<>();

    QueueBuilder(Connection connection, StudySettings settings, Scheduler scheduler, StudyDay day, Instant now) {
        this.connection = connection;
        this.settings = settings;
        this.scheduler = scheduler;
        this.day = day;
        this.now = now;
    }

    Queue build(CardScope scope) throws SQLException {
        CardRepository cards = new CardRepository(connection);
        ReviewLogRepository log = new ReviewLogRepository(connection);
        List<StoredCard> learning = cards.learningDue(scope, now);
        learning.forEach(card -> claims.add(claimOf(card)));

        int reviewsLeft = Math.max(0, settings.maxReviewsPerDay() - log.count(day.start(), day.end(), CardState.REVIEW));
        List<StoredCard> due = new ArrayList<>(cards.reviewsDue(scope, day.end(), now));
        // Most overdue first: the lowest chance of recall now, then the earliest due.
        due.sort(Comparator.comparingDouble((StoredCard card) -> scheduler.retrievabilityAt(card.schedule(), now))
                .thenComparing(card -> card.schedule().due()));
        List<StoredCard> reviews = onePerClaim(due, reviewsLeft);

        int newLeft = Math.max(0, settings.newCardsPerDay() - log.count(day.start(), day.end(), CardState.NEW));
        List<StoredCard> fresh = newLeft == 0 ? List.of()
                : onePerClaim(cards.newCards(scope, now, newLeft + claims.size()), newLeft);
        return new Queue(day, learning, reviews, fresh);
    }

    private List<StoredCard> onePerClaim(List<StoredCard> candidates, int limit) {
        List<StoredCard> kept = new ArrayList<>();
        for (StoredCard card : candidates) {
            if (kept.size() >= limit) {
                break;
            }
            if (claims.add(claimOf(card))) {
                kept.add(card);
            }
        }
        return kept;
    }

    private static String claimOf(StoredCard card) {
        return card.note().value() + "#" + card.draft().claimIndex();
    }
}
