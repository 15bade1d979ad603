package dev.cuecards.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code fsrs replay} without the JSON: {@link Replay#run} over 100,000 reviews (1,000 cards × 100 reviews, fixed
 * seed, fuzz off), interleaved in time order as a real review log is. One operation is the whole replay.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplayBenchmark {

    static final int CARDS = 1_000;
    static final int REVIEWS_PER_CARD = 100;
    private static final long SEED = 20260105L;

    private Replay replay;
    private List<ReplayEvent> history;

    @Setup
    public void setUp() {
        replay = Replay.withDefaults(false);
        history = history(new Random(SEED));
        ReplayReport report = replay.run(history);
        if (!report.complete() || report.steps().size() != CARDS * REVIEWS_PER_CARD) {
            throw new IllegalStateException("the generated history does not replay cleanly: " + report.problems());
        }
    }

    @Benchmark
    public ReplayReport replay100kReviews() {
        return replay.run(history);
    }

    // Per card: a start within January 2026, then gaps of a few minutes (learning) or 1 to 60 days, ratings
    // mostly Good; all cards merged by time.
    private static List<ReplayEvent> history(Random random) {
        Instant origin = Instant.parse("2026-01-01T00:00:00Z");
        List<ReplayEvent> events = new ArrayList<>(CARDS * REVIEWS_PER_CARD);
        for (int card = 0; card < CARDS; card++) {
            String id = "card-" + card;
            Instant time = origin.plus(Duration.ofMinutes(random.nextInt(31 * 24 * 60)));
            for (int review = 0; review < REVIEWS_PER_CARD; review++) {
                events.add(new ReplayEvent(id, rating(random), time));
                time = time.plus(random.nextInt(10) < 3
                        ? Duration.ofMinutes(1 + random.nextInt(20))
                        : Duration.ofDays(1 + random.nextInt(60)).plusMinutes(random.nextInt(24 * 60)));
            }
        }
        events.sort(Comparator.comparing(ReplayEvent::time));
        return List.copyOf(events);
    }

    // About 10 % Again, 10 % Hard, 70 % Good, 10 % Easy.
    private static Rating rating(Random random) {
        int roll = random.nextInt(10);
        return roll == 0 ? Rating.AGAIN : roll == 1 ? Rating.HARD : roll < 9 ? Rating.GOOD : Rating.EASY;
    }
}
