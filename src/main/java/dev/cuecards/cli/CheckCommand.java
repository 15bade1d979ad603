package dev.cuecards.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cuecards check}: reads the vault and tells what it found in each note, and what is wrong. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Read the vault and list, per note, its title, video, channel, sections, claims and "
                + "timestamps, and every problem found (path:line: reason). Exits 0 when the vault was read, "
                + "even if some notes have problems; 2 when the notes folder is missing or a flag is wrong.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Mixin
    VaultOptions.Notes notesOption = new VaultOptions.Notes();

    @Option(names = "--json", description = "Print the parsed notes and their claims as JSON instead.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = NotesFolder.require(spec.commandLine(), notesOption.folder);
        VaultReading reading;
        try {
            reading = VaultReader.read(folder);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read notes folder '" + folder + "': " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(NoteJson.of(reading)));
        } else {
            reading.notes().forEach(note -> printNote(out, note));
            reading.unreadable().forEach(problem -> out.println(problem.path() + "\n  not read: " + problem.reason() + "\n"));
            out.println(summary(reading));
        }
        out.flush();
        return 0;
    }

    private static void printNote(PrintWriter out, Note note) {
        long untimed = note.claims().stream().filter(c -> c.isUntimed()).count();
        out.println(note.relativePath());
        out.println("  title:      " + note.title());
        out.println("  videoId:    " + note.videoId().map(Object::toString).orElse("(none)"));
        out.println("  channel:    " + note.channel().orElse("(none)"));
        out.println("  sections:   " + note.sections().size());
        out.println("  claims:     " + note.claims().size() + (untimed > 0 ? " (" + untimed + " untimed)" : ""));
        out.println("  timestamps: " + note.timestampCount());
        if (!note.problems().isEmpty()) {
            out.println("  problems:");
            for (NoteProblem problem : note.problems()) {
                out.println("    " + problem);
            }
        }
        out.println();
    }

    static String summary(VaultReading reading) {
        int claims = reading.notes().stream().mapToInt(n -> n.claims().size()).sum();
        return String.format("%d notes read, %d claims, %d notes with problems, %d files not read",
                reading.notes().size(), claims, reading.notesWithProblems(), reading.unreadable().size());
    }
}
