package dev.cuecards.notes;

import java.util.List;

/**
 * How a note's times are to be read. Many generated notes write minutes and seconds one field too far left:
 * {@code 05:37:00} for 5:37 in a ten-minute video. Real times past the hour end in {@code :00} once in sixty; in
 * such notes most of them do. So a note reads its times as minutes and seconds when at least two of its times past
 * the hour, and at least half of them, end in {@code :00}. Then an {@code HH:MM:00} time means {@code HH} minutes and
 * {@code MM} seconds; another time is read as written ({@code 01:03:30} past {@code 52:11:00} in a long podcast),
 * unless that would put it far past every {@code HH:MM:00} moment of the note (more than half as late again as the
 * latest), where its first two fields are taken as minutes and seconds too. Notes with real hour times
 * ({@code 01:01:34}, {@code 01:13:08}) keep them.
 *
 * <p>Some notes do both: a four-hour podcast whose first hour is written {@code 03:56:00 … 57:28:00} and the rest
 * {@code 00:58:15 … 03:59:31}. There the times' order settles it. A note's times mostly go forward, so each
 * {@code HH:MM:00} time past the hour is read the way that makes the note's times, in the order written, jump back
 * the least (ties: as written; a jump forward costs a twentieth of one back). A time so read as minutes and seconds
 * in a run of at least three such times, everywhere it is written, counts as such ({@code 04:26:00} as 4:26, between 04:05:00 and 06:36:00 read the same
 * way); {@code 01:43:00} between 01:40:04 and 01:45:17 stays as written.
 *
 * @param minutesAsHours the note writes minutes and seconds as hours and minutes
 * @param latestShifted  in such a note, the latest moment its {@code HH:MM:00} times name, in seconds
 * @param shiftedInPlace in a note that does not, the {@code HH:MM:00} times its neighbours show are minutes and seconds
 */
public record StampConvention(boolean minutesAsHours, int latestShifted, java.util.Set<String> shiftedInPlace) {

    /** Every time means what it says. */
    public static final StampConvention AS_WRITTEN = new StampConvention(false, 0, java.util.Set.of());

    private static final int FEWEST_SHIFTED = 2;
    /** A jump forward costs this share of a jump back of the same length: notes go forward, by steps. */
    private static final double FORWARD_COST = 0.05;
    /** Times read as minutes and seconds by their order only in a run of at least this many, one after another. */
    private static final int SHIFTED_RUN = 3;

    public StampConvention {
        shiftedInPlace = java.util.Set.copyOf(shiftedInPlace);
    }

    /** The second of the video a well-formed written time points to in a note of this convention. */
    public int seconds(String written) {
        WrittenTime time = WrittenTime.parse(written)
                .orElseThrow(() -> new IllegalArgumentException("not a well-formed time: '" + written + "'"));
        return seconds(time);
    }

    int seconds(WrittenTime time) {
        if (shiftedInPlace.contains(time.text())) {
            return time.hours() * 60 + time.minutes();
        }
        if (!minutesAsHours || !time.withHours()) {
            return time.asWritten();
        }
        int shifted = time.hours() * 60 + time.minutes();
        if (time.looksShifted()) {
            return shifted;
        }
        return time.asWritten() * 2 > latestShifted * 3 && time.hours() >= 1 ? shifted : time.asWritten();
    }

    static StampConvention detect(List<WrittenTime> times) {
        long pastTheHour = times.stream().filter(t -> t.withHours() && t.hours() >= 1).count();
        long shifted = times.stream().filter(WrittenTime::looksShiftedPastTheHour).count();
        if (shifted < FEWEST_SHIFTED || shifted * 2 < pastTheHour) {
            java.util.Set<String> inPlace = shiftedByOrder(times);
            return inPlace.isEmpty() ? AS_WRITTEN : new StampConvention(false, 0, inPlace);
        }
        int latest = times.stream().filter(WrittenTime::looksShifted).mapToInt(t -> t.hours() * 60 + t.minutes()).max().orElse(0);
        return new StampConvention(true, latest, java.util.Set.of());
    }

    /**
     * The {@code HH:MM:00} times past the hour that the note's order reads as minutes and seconds: the cheapest
     * reading of the whole sequence (a jump back costs its length, one forward a twentieth of it), found by trying
     * both readings of each such time against the best reading of the times before it.
     */
    private static java.util.Set<String> shiftedByOrder(List<WrittenTime> times) {
        int n = times.size();
        // cost[i][r], from[i][r]: the cheapest reading of times 0..i with time i read as written (r = 0) or shifted (1).
        double[][] cost = new double[n][2];
        int[][] from = new int[n][2];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < 2; r++) {
                if (r == 1 && !times.get(i).looksShiftedPastTheHour()) {
                    cost[i][r] = Double.POSITIVE_INFINITY;
                    continue;
                }
                if (i == 0) {
                    cost[i][r] = 0;
                    continue;
                }
                int here = reading(times.get(i), r);
                double best = Double.POSITIVE_INFINITY;
                for (int q = 0; q < 2; q++) {
                    double step = cost[i - 1][q] + jump(reading(times.get(i - 1), q), here);
                    if (step < best) {
                        best = step;
                        from[i][r] = q;
                    }
                }
                cost[i][r] = best;
            }
        }
        boolean[] flipped = new boolean[n];
        int r = n == 0 || cost[n - 1][0] <= cost[n - 1][1] ? 0 : 1;
        for (int i = n - 1; i >= 0; i--) {
            flipped[i] = r == 1;
            r = i > 0 ? from[i][r] : 0;
        }
        // One time out of order says little (it may be a slip either way); a run of them is a way of writing.
        java.util.Set<String> shifted = new java.util.HashSet<>();
        java.util.Set<String> written = new java.util.HashSet<>();
        for (int i = 0; i < n; ) {
            int end = i;
            while (end < n && flipped[end] == flipped[i]) {
                end++;
            }
            boolean run = flipped[i] && end - i >= SHIFTED_RUN;
            for (int k = i; k < end; k++) {
                (run ? shifted : written).add(times.get(k).text());
            }
            i = end;
        }
        shifted.removeAll(written);
        return shifted;
    }

    private static int reading(WrittenTime time, int shifted) {
        return shifted == 1 ? time.hours() * 60 + time.minutes() : time.asWritten();
    }

    private static double jump(int before, int after) {
        return after < before ? before - after : (after - before) * FORWARD_COST;
    }

    /** What a note read this way is told, naming one of its times as an example. */
    String explanation(List<WrittenTime> times) {
        if (!minutesAsHours) {
            WrittenTime example = times.stream().filter(t -> shiftedInPlace.contains(t.text())).findFirst().orElseThrow();
            return shiftedInPlace.size() + " times ending in :00 are read as minutes and seconds, as the times around them are ("
                    + example.text() + " as " + example.hours() + ":" + String.format("%02d", example.minutes()) + ")";
        }
        long pastTheHour = times.stream().filter(t -> t.withHours() && t.hours() >= 1).count();
        long shifted = times.stream().filter(WrittenTime::looksShiftedPastTheHour).count();
        WrittenTime example = times.stream().filter(WrittenTime::looksShiftedPastTheHour).findFirst().orElseThrow();
        return shifted + " of the " + pastTheHour + " times past the hour end in :00, as when minutes and seconds are written as hours and minutes; "
                + "they are read as minutes and seconds (" + example.text() + " as " + example.hours() + ":"
                + String.format("%02d", example.minutes()) + ")";
    }
}
