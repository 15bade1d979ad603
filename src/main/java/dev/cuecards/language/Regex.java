package dev.cuecards.language;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches}, {@code replaceAll}, {@code replaceFirst} and {@code split} with each pattern compiled once.
 * The card writers test every candidate against dozens of written-out patterns; compiling them on each call was a
 * seventh of the time it takes to generate a vault's cards. For patterns written in the code only: a pattern made from
 * a note's text is compiled where it is used (past {@value #KEPT} patterns, nothing more is kept).
 */
public final class Regex {

    private static final int KEPT = 2_000;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {
    }

    public static Pattern of(String regex) {
        Pattern pattern = COMPILED.get(regex);
        if (pattern == null) {
            pattern = Pattern.compile(regex);
            if (COMPILED.size() < KEPT) {
                COMPILED.put(regex, pattern);
            }
        }
        return pattern;
    }

    public static boolean matches(CharSequence text, String regex) {
        return of(regex).matcher(text).matches();
    }

    public static String replaceAll(String text, String regex, String replacement) {
        return of(regex).matcher(text).replaceAll(replacement);
    }

    public static String replaceFirst(String text, String regex, String replacement) {
        return of(regex).matcher(text).replaceFirst(replacement);
    }

    public static String[] split(String text, String regex) {
        return of(regex).split(text);
    }

    public static String[] split(String text, String regex, int limit) {
        return of(regex).split(text, limit);
    }
}
