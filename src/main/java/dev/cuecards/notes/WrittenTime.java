package dev.cuecards.notes;

import java.util.Optional;

/**
 * A time as a note wrote it, before the note's convention says what it means: {@code 01:08}, {@code 00:01:08},
 * {@code 1:03:00}, or with a one-digit minutes field ({@code 00:5:52}), which is read as it plainly means.
 *
 * @param text      the time as written, trimmed
 * @param withHours three fields were written
 * @param oneDigit  a field other than the first had one digit
 */
record WrittenTime(String text, int hours, int minutes, int seconds, boolean withHours, boolean oneDigit) {

    private static final int LONGEST = 12;

    /** The time read as written: hours, minutes and seconds, or minutes and seconds. */
    int asWritten() {
        return hours * 3600 + minutes * 60 + seconds;
    }

    /** True for {@code HH:MM:00}, the shape of minutes:seconds written one field too far left. */
    boolean looksShifted() {
        return withHours && seconds == 0;
    }

    /** True for {@code HH:MM:00} past the first hour, which only such notes write often. */
    boolean looksShiftedPastTheHour() {
        return looksShifted() && hours >= 1;
    }

    /**
     * Reads {@code M:SS}, {@code MM:SS}, {@code H:MM:SS} or {@code HH:MM:SS}; minutes and seconds must be 00..59 and
     * the seconds two digits.
     */
    static Optional<WrittenTime> parse(CharSequence raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && Character.isWhitespace(raw.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
            to--;
        }
        if (to - from < 3 || to - from > LONGEST) {
            return Optional.empty();
        }
        int[] values = new int[3];
        int[] digits = new int[3];
        int fields = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == ':') {
                if (digits[fields] == 0 || ++fields == 3) {
                    return Optional.empty();
                }
            } else if (c >= '0' && c <= '9' && digits[fields] < (fields == 0 ? 3 : 2)) {
                values[fields] = values[fields] * 10 + (c - '0');
                digits[fields]++;
            } else {
                return Optional.empty();
            }
        }
        fields++;
        if (fields < 2 || digits[fields - 1] != 2) {
            return Optional.empty();
        }
        String text = raw.subSequence(from, to).toString();
        if (fields == 2) {
            return values[1] > 59 ? Optional.empty() : Optional.of(new WrittenTime(text, 0, values[0], values[1], false, false));
        }
        if (values[1] > 59 || values[2] > 59) {
            return Optional.empty();
        }
        return Optional.of(new WrittenTime(text, values[0], values[1], values[2], true, digits[1] == 1));
    }
}
