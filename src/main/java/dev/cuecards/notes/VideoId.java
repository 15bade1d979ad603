package dev.cuecards.notes;

import java.util.regex.Pattern;

/** A YouTube video id, eleven characters of letters, digits, {@code -} and {@code _}. */
public record VideoId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{11}");

    public VideoId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a YouTube video id has 11 letters, digits, - or _, got '" + value + "'");
        }
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The watch URL, starting at the given second when there is one. */
    public String url(Integer seconds) {
        String base = "https://www.youtube.com/watch?v=" + value;
        return seconds == null ? base : base + "&t=" + seconds + "s";
    }

    @Override
    public String toString() {
        return value;
    }
}
