package dev.cuecards.web;

import dev.cuecards.notes.GeneratedNotes;
import dev.cuecards.notes.NoteParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** What a note's page costs beside the layout: reading the note and rendering its blocks, for an ordinary note. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NotePageBenchmark {

    @Param({"50", "200", "1000"})
    public int kilobytes;

    private String text;

    @Setup
    public void setUp() {
        text = GeneratedNotes.of("note", kilobytes);
    }

    @Benchmark
    public String readAndRender() {
        return NoteRenderer.render(NoteParser.read("generated.md", text, "hash"));
    }
}
