package dev.cuecards.fsrs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the review page pays to label its four buttons: one {@link Scheduler#preview} with the app's settings (fuzz
 * on, study days in a real zone with the 04:00 rollover), for a card in Review and for a New card.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PreviewBenchmark {

    private Scheduler scheduler;
    private CardSchedule reviewCard;
    private CardSchedule newCard;
    private Instant now;

    @Setup
    public void setUp() {
        scheduler = new Scheduler(SchedulerSettings.defaults(), DayBoundary.of(ZoneId.of("Europe/Paris")));
        // Card A of the spec after its third review (Review, S ≈ 10.97), previewed on its due date.
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        CardSchedule card = scheduler.answer(CardSchedule.newCard(start), Rating.GOOD, start, "card-a");
        card = scheduler.answer(card, Rating.GOOD, Instant.parse("2026-01-05T09:10:00Z"), "card-a");
        reviewCard = scheduler.answer(card, Rating.GOOD, Instant.parse("2026-01-07T09:15:00Z"), "card-a");
        now = reviewCard.due();
        newCard = CardSchedule.newCard(now);
        if (reviewCard.state() != CardState.REVIEW) {
            throw new IllegalStateException("the review card is " + reviewCard.state());
        }
    }

    @Benchmark
    public Preview previewReviewCard() {
        return scheduler.preview(reviewCard, now, "card-a");
    }

    @Benchmark
    public Preview previewNewCard() {
        return scheduler.preview(newCard, now, "card-new");
    }
}
