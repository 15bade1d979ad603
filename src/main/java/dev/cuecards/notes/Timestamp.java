package dev.cuecards.notes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment in a video, as written in a note: its offset in seconds, the source line it was read from, and where in
 * its claim's text it stood (the character it followed, roughly; 0 when not known).
 */
public record Timestamp(int seconds, int line, int position) {

    private static final Pattern HOURS_MINUTES_SECONDS = Pattern.compile("(\\d{1,3}):(\\d{2}):(\\d{2})");
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,3}):(\\d{2})");

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
     * Reads {@code H:MM:SS}, {@code HH:MM:SS} or {@code MM:SS}; minutes and seconds must be two digits in 00..59.
     *
     * @return the seconds, or empty when the text is not such a time
     */
    public static Optional<Integer> parseSeconds(String text) {
        String trimmed = text.strip();
        Matcher full = HOURS_MINUTES_SECONDS.matcher(trimmed);
        if (full.matches()) {
            return combine(Integer.parseInt(full.group(1)), full.group(2), full.group(3), true);
        }
        Matcher short_ = MINUTES_SECONDS.matcher(trimmed);
        if (short_.matches()) {
            return combine(0, short_.group(1), short_.group(2), false);
        }
        return Optional.empty();
    }

    private static Optional<Integer> combine(int hours, String minutes, String seconds, boolean withHours) {
        int m = Integer.parseInt(minutes);
        int s = Integer.parseInt(seconds);
        if ((withHours && (m > 59 || minutes.length() != 2)) || s > 59) {
            return Optional.empty();
        }
        return Optional.of(hours * 3600 + m * 60 + s);
    }
}
