package dev.cuecards.notes;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading one note, {@link NoteParser#parse}, for generated notes of 50 KB, 200 KB and 1 MB (the largest a vault
 * reads): ordinary notes and pathological runs of markup. The time should grow in proportion to the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadingBenchmark {

    @Param({"50", "200", "1000"})
    public int kilobytes;

    @Param({"note", "paragraph", "anchor-run", "link-run", "sup-run", "bold-run", "wiki-run", "code-run", "link-lines", "deep-lists"})
    public String kind;

    private String text;

    @Setup
    public void setUp() {
        text = GeneratedNotes.of(kind, kilobytes);
    }

    @Benchmark
    public Note read() {
        return NoteParser.parse("generated.md", text, "hash");
    }
}
