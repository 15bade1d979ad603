package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags timestamps that are well-formed but unlikely: far past any ordinary video length, or a note whose times
 * all look like minutes:seconds shifted into hours ({@code 05:37:00} for 5:37). They are kept and linked all the same.
 */
final class TimestampChecks {

    static final int IMPLAUSIBLE_SECONDS = 10 * 3600;
    private static final int FEWEST_FOR_PATTERN = 3;
    private static final double SHIFTED_SHARE = 0.6;

    private TimestampChecks() {
    }

    static List<NoteProblem> check(String path, List<Claim> claims) {
        List<Timestamp> all = claims.stream().flatMap(c -> c.timestamps().stream()).toList();
        List<NoteProblem> problems = new ArrayList<>();
        long shifted = all.stream().filter(t -> t.seconds() >= 3600 && t.seconds() % 60 == 0).count();
        if (all.size() >= FEWEST_FOR_PATTERN && shifted >= SHIFTED_SHARE * all.size()) {
            problems.add(new NoteProblem(path, 0, shifted + " of " + all.size()
                    + " timestamps end in :00 past the first hour, as if minutes:seconds were written as hours:minutes; links may miss"));
        }
        boolean explained = !problems.isEmpty();
        for (Timestamp stamp : all) {
            if (!explained && stamp.seconds() >= IMPLAUSIBLE_SECONDS) {
                problems.add(new NoteProblem(path, stamp.line(), "timestamp " + stamp.hhmmss()
                        + " is more than 10 hours into the video; check it"));
            }
        }
        return problems;
    }
}
