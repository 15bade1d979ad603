package dev.cuecards.study;

import dev.cuecards.fsrs.DayBoundary;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.ReviewLogEntry;
import dev.cuecards.store.ReviewLogRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Figures of the study days around today, counted on the queue's day boundary from one connection. */
final class StudyStatistics {

    private final Connection connection;
    private final DayBoundary boundary;
    private final StudyDay today;

    StudyStatistics(Connection connection, DayBoundary boundary, StudyDay today) {
        this.connection = connection;
        this.boundary = boundary;
        this.today = today;
    }

    /** Answers per study day for the {@code days} days ending today, oldest first. */
    List<DayActivity> activity(int days) throws SQLException {
        ReviewLogRepository log = new ReviewLogRepository(connection);
        List<DayActivity> activity = new ArrayList<>();
        for (int back = days - 1; back >= 0; back--) {
            StudyDay day = StudyDay.on(today.date().minusDays(back), boundary);
            activity.add(new DayActivity(day.date(), log.count(day.start(), day.end())));
        }
        return List.copyOf(activity);
    }

    /** Consecutive study days with answers, ending today, or yesterday while today has none yet. */
    int streak() throws SQLException {
        ReviewLogRepository log = new ReviewLogRepository(connection);
        StudyDay day = log.count(today.start(), today.end()) > 0 ? today : dayBefore(today);
        int streak = 0;
        // One indexed count per day of the streak: cheaper than reading a long log.
        while (log.count(day.start(), day.end()) > 0) {
            streak++;
            day = dayBefore(day);
        }
        return streak;
    }

    DaySummary summary() throws SQLException {
        List<ReviewLogEntry> answers = new ReviewLogRepository(connection).between(today.start(), today.end());
        Duration timeSpent = answers.stream().map(ReviewLogEntry::timeSpent).reduce(Duration.ZERO, Duration::plus);
        long again = answers.stream().filter(answer -> answer.rating() == Rating.AGAIN).count();
        double againRate = answers.isEmpty() ? 0 : (double) again / answers.size();
        StudyDay tomorrow = StudyDay.on(today.date().plusDays(1), boundary);
        int dueTomorrow = new CardRepository(connection).countDueBefore(tomorrow.end());
        return new DaySummary(answers.size(), timeSpent, againRate, dueTomorrow);
    }

    private StudyDay dayBefore(StudyDay day) {
        return StudyDay.on(day.date().minusDays(1), boundary);
    }
}
