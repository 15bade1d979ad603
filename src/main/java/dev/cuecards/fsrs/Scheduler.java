package dev.cuecards.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The FSRS scheduler (spec "Scheduling a review"): maps a card, a rating and the review instant to the card's next
 * schedule. Pure: time arrives as arguments, day boundaries as a {@link DayBoundary}, fuzz from the card id.
 */
public final class Scheduler {

    private static final long MINUTES_PER_DAY = 1440;

    private final SchedulerSettings settings;
    private final DayBoundary days;
    private final MemoryModel model;

    /** A scheduler using FSRS-6 with the settings' weights. */
    public Scheduler(SchedulerSettings settings, DayBoundary days) {
        this(settings, days, new Fsrs6(settings.effectiveParameters()));
    }

    /** A scheduler with another memory model. */
    public Scheduler(SchedulerSettings settings, DayBoundary days, MemoryModel model) {
        if (settings == null || days == null || model == null) {
            throw new IllegalArgumentException("settings, day boundary and model are required");
        }
        this.settings = settings;
        this.days = days;
        this.model = model;
    }

    public SchedulerSettings settings() {
        return settings;
    }

    /** What each of the four ratings would do to {@code card} if answered at {@code now}. */
    public Preview preview(CardSchedule card, Instant now, String cardId) {
        Review review = start(card, now, cardId);
        return switch (card.state()) {
            case NEW, LEARNING -> stepping(review, settings.learningSteps(), CardState.LEARNING);
            case RELEARNING -> stepping(review, settings.relearningSteps(), CardState.RELEARNING);
            case REVIEW -> reviewing(review);
        };
    }

    /** The card after answering {@code rating} at {@code now}: exactly the preview's outcome for that rating. */
    public CardSchedule answer(CardSchedule card, Rating rating, Instant now, String cardId) {
        return preview(card, now, cardId).of(rating).card();
    }

    /**
     * The probability of recall at {@code now} (spec "Retrievability for display and sorting"): R(t, S) with t the
     * whole 24-hour periods since the last review (0 if {@code now} is earlier); 0 for a New card.
     */
    public double retrievabilityAt(CardSchedule card, Instant now) {
        Optional<Instant> last = card.lastReview();
        if (card.state() == CardState.NEW || last.isEmpty()) {
            return 0;
        }
        long periods = Math.max(0, Duration.between(last.get(), now).toDays());
        return model.retrievability(periods, card.stability());
    }

    /** One review in progress: the card before it, when it happens, t, and the fuzz number u. */
    private record Review(CardSchedule card, Instant now, long elapsedDays, double fuzzUnit) {
    }

    private Review start(CardSchedule card, Instant now, String cardId) {
        if (card == null || now == null || cardId == null) {
            throw new IllegalArgumentException("card, review time and card id are required");
        }
        Optional<Instant> last = card.lastReview();
        if (last.isPresent() && now.isBefore(last.get())) {
            throw new IllegalArgumentException("review time " + now + " of card " + cardId
                    + " is before its last review " + last.get());
        }
        // Elapsed days: a New card has t = 0.
        long elapsed = last.map(l -> days.elapsedDays(l, now)).orElse(0L);
        double u = settings.fuzz() ? Fuzz.unit(cardId, card.reps()) : 0;
        return new Review(card, now, elapsed, u);
    }

    // Per state 1 and 2: memory update, then the step rule; the card keeps (or enters) stepState while stepping.
    private Preview stepping(Review review, List<Duration> steps, CardState stepState) {
        return previewOf(review, rating -> {
            MemoryState memory = memoryAfter(review, rating);
            return LearningStep.next(steps, review.card().step(), rating)
                    .map(step -> delayed(review, memory, step, stepState, 0))
                    .orElseGet(() -> graduated(review, memory, 0));
        });
    }

    // Per state 3: Again lapses into relearning; Hard, Good, Easy stay in Review with ordered intervals.
    private Preview reviewing(Review review) {
        MemoryState hard = memoryAfter(review, Rating.HARD);
        MemoryState good = memoryAfter(review, Rating.GOOD);
        MemoryState easy = memoryAfter(review, Rating.EASY);
        int[] intervals = Intervals.ordered(interval(review, hard), interval(review, good), interval(review, easy),
                settings.maximumIntervalDays());
        return previewOf(review, rating -> switch (rating) {
            case AGAIN -> lapsed(review, memoryAfter(review, Rating.AGAIN));
            case HARD -> inReview(review, hard, intervals[0], 0);
            case GOOD -> inReview(review, good, intervals[1], 0);
            case EASY -> inReview(review, easy, intervals[2], 0);
        });
    }

    // Review, Again: lapses + 1; relearning step 0 if there are relearning steps, else interval(S′) in Review.
    private CardSchedule lapsed(Review review, MemoryState memory) {
        List<Duration> steps = settings.relearningSteps();
        if (steps.isEmpty()) {
            return graduated(review, memory, 1);
        }
        return delayed(review, memory, new LearningStep(steps.get(0), 0), CardState.RELEARNING, 1);
    }

    private MemoryState memoryAfter(Review review, Rating rating) {
        return review.card().memory()
                .map(before -> model.nextState(before, review.elapsedDays(), rating))
                .orElseGet(() -> model.initialState(rating));
    }

    // Applying a delay: under a day the card steps in stepState; a day or more makes it Review.
    private CardSchedule delayed(Review review, MemoryState memory, LearningStep step, CardState stepState,
            int lapses) {
        long minutes = step.delay().toMinutes();
        CardState state = minutes < MINUTES_PER_DAY ? stepState : CardState.REVIEW;
        int scheduledDays = (int) (minutes / MINUTES_PER_DAY);
        return next(review, state, step.index(), memory, review.now().plus(step.delay()), scheduledDays, lapses);
    }

    // Graduating: Review at step 0, due after interval(S′) whole days, time of day kept.
    private CardSchedule graduated(Review review, MemoryState memory, int lapses) {
        return inReview(review, memory, interval(review, memory), lapses);
    }

    private CardSchedule inReview(Review review, MemoryState memory, int intervalDays, int lapses) {
        Instant due = review.now().plus(Duration.ofDays(intervalDays));
        return next(review, CardState.REVIEW, 0, memory, due, intervalDays, lapses);
    }

    // Always: reps + 1, last review = now.
    private static CardSchedule next(Review review, CardState state, int step, MemoryState memory, Instant due,
            int scheduledDays, int addedLapses) {
        CardSchedule before = review.card();
        return new CardSchedule(state, step, memory.stability(), memory.difficulty(), due,
                Optional.of(review.now()), scheduledDays, before.reps() + 1, before.lapses() + addedLapses);
    }

    // Intervals: interval(S) in whole days, fuzzed if enabled.
    private int interval(Review review, MemoryState memory) {
        double optimal = model.optimalIntervalDays(memory.stability(), settings.desiredRetention());
        int days = Intervals.base(optimal, settings.maximumIntervalDays());
        if (!settings.fuzz()) {
            return days;
        }
        return Fuzz.apply(days, review.elapsedDays(), settings.maximumIntervalDays(), review.fuzzUnit());
    }

    private static Preview previewOf(Review review, Function<Rating, CardSchedule> outcome) {
        return new Preview(review.now(),
                new Outcome(Rating.AGAIN, outcome.apply(Rating.AGAIN)),
                new Outcome(Rating.HARD, outcome.apply(Rating.HARD)),
                new Outcome(Rating.GOOD, outcome.apply(Rating.GOOD)),
                new Outcome(Rating.EASY, outcome.apply(Rating.EASY)));
    }
}
