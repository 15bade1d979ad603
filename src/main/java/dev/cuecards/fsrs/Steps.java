package dev.cuecards.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and writes (re)learning steps such as {@code "1m 10m"}, {@code "1h"} or {@code "2d"}: whole minutes. */
public final class Steps {

    /** The longest step accepted: the maximum interval, 36500 days. */
    public static final Duration LONGEST = Duration.ofDays(36500);

    private static final Pattern STEP = Pattern.compile("(\\d{1,8})([mhd])");

    private Steps() {
    }

    /**
     * Parses steps separated by spaces or commas; each is a whole number followed by {@code m}, {@code h} or
     * {@code d}. A blank text means no steps.
     */
    public static List<Duration> parse(String text) {
        List<Duration> steps = new ArrayList<>();
        for (String token : text.strip().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                steps.add(parseOne(token));
            }
        }
        return List.copyOf(steps);
    }

    /** Writes steps in the form {@link #parse(String)} reads, using the largest unit that divides each exactly. */
    public static String format(List<Duration> steps) {
        return steps.stream().map(Steps::formatOne).collect(Collectors.joining(" "));
    }

    /** Checks that a step is a positive whole number of minutes no longer than {@link #LONGEST}. */
    static Duration requireValid(Duration step) {
        if (step.isNegative() || step.isZero() || step.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a step must be between 1m and 36500d, got " + step);
        }
        if (!step.equals(Duration.ofMinutes(step.toMinutes()))) {
            throw new IllegalArgumentException("a step must be a whole number of minutes, got " + step);
        }
        return step;
    }

    private static Duration parseOne(String token) {
        Matcher m = STEP.matcher(token);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "a step must be a whole number followed by m, h or d (like 10m, 1h, 2d), got '" + token + "'");
        }
        long amount = Long.parseLong(m.group(1));
        Duration step = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (amount == 0 || step.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a step must be between 1m and 36500d, got '" + token + "'");
        }
        return step;
    }

    private static String formatOne(Duration step) {
        long minutes = step.toMinutes();
        if (minutes % 1440 == 0) {
            return minutes / 1440 + "d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }
}
