package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one note's reading shares: its path and text, where its lines start, the problems found so far and every
 * well-formed time written in it (from which {@link StampConvention} is decided).
 */
final class Reading {

    private final String path;
    private final String text;
    private final int[] lineStarts;
    private final List<NoteProblem> problems = new ArrayList<>();
    private final List<WrittenTime> times = new ArrayList<>();

    Reading(String path, String text) {
        this.path = path;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    /** The line, counting from 1, that holds the character at {@code offset}. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Where line {@code line} (from 1) starts. */
    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
    }

    int lineCount() {
        return lineStarts.length;
    }

    void report(int line, String reason) {
        problems.add(new NoteProblem(path, Math.max(0, line), reason));
    }

    List<NoteProblem> problems() {
        return List.copyOf(problems);
    }

    void sawTime(WrittenTime time) {
        times.add(time);
    }

    List<WrittenTime> times() {
        return List.copyOf(times);
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
