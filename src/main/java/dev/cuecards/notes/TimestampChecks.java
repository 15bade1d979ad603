package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags timestamps that are well-formed but unlikely: far past any ordinary video length. The reader keeps them as
 * written; the generator makes no card that would lead there.
 */
final class TimestampChecks {

    private TimestampChecks() {
    }

    static List<NoteProblem> check(String path, List<Claim> claims) {
        List<NoteProblem> problems = new ArrayList<>();
        for (Claim claim : claims) {
            for (Timestamp stamp : claim.timestamps()) {
                if (stamp.seconds() >= Timestamp.IMPLAUSIBLE_SECONDS) {
                    problems.add(new NoteProblem(path, stamp.line(), "timestamp " + stamp.hhmmss()
                            + " is more than 10 hours into the video; check it"));
                }
            }
        }
        return problems;
    }
}
