package dev.cuecards.notes;

import java.util.List;
import java.util.stream.Stream;

/**
 * What reading a vault gave: the notes that could be read (each with its own problems), the files that could not,
 * every file as the folder listed it before it was read, and the paths of the files left unopened because they were
 * listed exactly as at the last sync (duplicate titles are then found among the notes read).
 */
public record VaultReading(List<Note> notes, List<NoteProblem> unreadable, List<FileStamp> files, List<String> trusted) {

    public VaultReading {
        notes = List.copyOf(notes);
        unreadable = List.copyOf(unreadable);
        files = List.copyOf(files);
        trusted = List.copyOf(trusted);
    }

    /** Every problem, of read notes and unreadable files alike, in path order. */
    public List<NoteProblem> allProblems() {
        return Stream.concat(notes.stream().flatMap(n -> n.problems().stream()), unreadable.stream())
                .sorted(java.util.Comparator.comparing(NoteProblem::path).thenComparingInt(NoteProblem::line))
                .toList();
    }

    public long notesWithProblems() {
        return notes.stream().filter(n -> !n.problems().isEmpty()).count() + unreadable.size();
    }
}
