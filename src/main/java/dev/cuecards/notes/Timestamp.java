package dev.cuecards.notes;

import java.util.Optional;

/**
 * A moment in a video, as written in a note: its offset in seconds, the source line it was read from, and where in
 * its claim's text it stands: the number of characters of the claim before it.
 */
public record Timestamp(int seconds, int line, int position) {

    /** Ten hours: past any ordinary video, a time written there is most likely garbled ("46:39:07" for 46:39). */
    public static final int IMPLAUSIBLE_SECONDS = 10 * 3600;

    public Timestamp {
        if (seconds < 0) {
            throw new IllegalArgumentException("timestamp seconds must not be negative, got " + seconds);
        }
        if (line < 1) {
            throw new IllegalArgumentException("timestamp line must be 1 or more, got " + line);
        }
        if (position < 0) {
            throw new IllegalArgumentException("timestamp position must not be negative, got " + position);
        }
    }

    public Timestamp(int seconds, int line) {
        this(seconds, line, 0);
    }

    Timestamp at(int newPosition) {
        return new Timestamp(seconds, line, newPosition);
    }

    /** The time as {@code HH:MM:SS}, hours padded to two digits. */
    public String hhmmss() {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /**
     * Reads {@code H:MM:SS}, {@code HH:MM:SS} or {@code MM:SS} as written (see {@link WrittenTime}); minutes and
     * seconds must be in 00..59.
     *
     * @return the seconds, or empty when the text is not such a time
     */
    public static Optional<Integer> parseSeconds(String text) {
        return WrittenTime.parse(text).map(WrittenTime::asWritten);
    }
}
