package dev.cuecards.study;

import dev.cuecards.fsrs.DayBoundary;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.ReviewLogRepository;
import dev.cuecards.store.ReviewLogRepository.Quarter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Answers per study day for the {@code days} days ending today, oldest first: one read of the kept counts. */
    List<DayActivity> activity(int days) throws SQLException {
        StudyDay first = StudyDay.on(today.date().minusDays(days - 1L), boundary);
        Map<LocalDate, Integer> answers = new HashMap<>();
        for (Quarter quarter : new ReviewLogRepository(connection).quarters(first.start(), today.end())) {
            answers.merge(boundary.studyDate(quarter.start()), quarter.answers(), Integer::sum);
        }
        List<DayActivity> activity = new ArrayList<>();
        for (int back = days - 1; back >= 0; back--) {
            LocalDate date = today.date().minusDays(back);
            activity.add(new DayActivity(date, answers.getOrDefault(date, 0)));
        }
        return List.copyOf(activity);
    }

    /**
     * Consecutive study days with answers, ending today, or yesterday while today has none yet: the kept counts read
     * back from today only as far as the streak goes.
     */
    int streak() throws SQLException {
        LocalDate[] expected = {today.date()};
        int[] streak = {0};
        new ReviewLogRepository(connection).quartersBackFrom(today.end(), quarter -> {
            LocalDate date = boundary.studyDate(quarter.start());
            if (date.equals(expected[0])) {
                streak[0]++;
                expected[0] = date.minusDays(1);
                return true;
            }
            if (date.isAfter(expected[0])) {
                return true; // another quarter of a day already counted
            }
            if (streak[0] == 0 && date.equals(today.date().minusDays(1))) {
                streak[0] = 1; // today has no answers yet: the streak ends yesterday
                expected[0] = date.minusDays(1);
                return true;
            }
            return false;
        });
        return streak[0];
    }

    int studied() throws SQLException {
        return new ReviewLogRepository(connection).quarters(today.start(), today.end()).stream().mapToInt(Quarter::answers).sum();
    }

    DaySummary summary() throws SQLException {
        int answers = 0;
        int again = 0;
        Duration timeSpent = Duration.ZERO;
        for (Quarter quarter : new ReviewLogRepository(connection).quarters(today.start(), today.end())) {
            answers += quarter.answers();
            again += quarter.again();
            timeSpent = timeSpent.plus(quarter.timeSpent());
        }
        double againRate = answers == 0 ? 0 : (double) again / answers;
        StudyDay tomorrow = StudyDay.on(today.date().plusDays(1), boundary);
        int dueTomorrow = new CardRepository(connection).countDueBefore(tomorrow.end());
        return new DaySummary(answers, timeSpent, againRate, dueTomorrow);
    }

}
