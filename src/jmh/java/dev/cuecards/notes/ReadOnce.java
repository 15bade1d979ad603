package dev.cuecards.notes;

import java.util.Arrays;

/**
 * Reads one generated note with whatever {@code NoteParser} is on the class path and prints the median of up to
 * three readings: the way to time an older reader, which JMH cannot wait for, on the benchmark's own notes.
 * {@code java -cp OLD.jar:target/bench/classes dev.cuecards.notes.ReadOnce KIND KILOBYTES}, under {@code timeout}.
 */
public final class ReadOnce {

    private static final long GIVE_UP_AFTER_MS = 10_000;

    private ReadOnce() {
    }

    public static void main(String[] args) {
        String kind = args[0];
        int kilobytes = Integer.parseInt(args[1]);
        String text = GeneratedNotes.of(kind, kilobytes);
        for (int i = 0; i < 3; i++) {
            NoteParser.parse("warm-up.md", GeneratedNotes.of(kind, 5), "hash");
        }
        long[] times = new long[3];
        int runs = 0;
        while (runs < 3) {
            long start = System.nanoTime();
            NoteParser.parse("generated.md", text, "hash");
            times[runs] = (System.nanoTime() - start) / 1_000_000;
            runs++;
            if (times[runs - 1] > GIVE_UP_AFTER_MS) {
                break;
            }
        }
        Arrays.sort(times, 0, runs);
        System.out.println(kind + " " + kilobytes + " KB: " + times[runs / 2] + " ms (median of " + runs + ")");
    }
}
