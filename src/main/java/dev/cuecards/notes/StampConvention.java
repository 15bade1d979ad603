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
 * @param minutesAsHours the note writes minutes and seconds as hours and minutes
 * @param latestShifted  in such a note, the latest moment its {@code HH:MM:00} times name, in seconds
 */
public record StampConvention(boolean minutesAsHours, int latestShifted) {

    /** Every time means what it says. */
    public static final StampConvention AS_WRITTEN = new StampConvention(false, 0);

    private static final int FEWEST_SHIFTED = 2;

    /** The second of the video a well-formed written time points to in a note of this convention. */
    public int seconds(String written) {
        WrittenTime time = WrittenTime.parse(written)
                .orElseThrow(() -> new IllegalArgumentException("not a well-formed time: '" + written + "'"));
        return seconds(time);
    }

    int seconds(WrittenTime time) {
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
            return AS_WRITTEN;
        }
        int latest = times.stream().filter(WrittenTime::looksShifted).mapToInt(t -> t.hours() * 60 + t.minutes()).max().orElse(0);
        return new StampConvention(true, latest);
    }

    /** What a note read this way is told, naming one of its times as an example. */
    static String explanation(List<WrittenTime> times) {
        long pastTheHour = times.stream().filter(t -> t.withHours() && t.hours() >= 1).count();
        long shifted = times.stream().filter(WrittenTime::looksShiftedPastTheHour).count();
        WrittenTime example = times.stream().filter(WrittenTime::looksShiftedPastTheHour).findFirst().orElseThrow();
        return shifted + " of the " + pastTheHour + " times past the hour end in :00, as when minutes and seconds are written as hours and minutes; "
                + "they are read as minutes and seconds (" + example.text() + " as " + example.hours() + ":"
                + String.format("%02d", example.minutes()) + ")";
    }
}
