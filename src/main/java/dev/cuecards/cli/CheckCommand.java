package dev.cuecards.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cuecards.notes.Note;
import dev.cuecards.store.CollectionCheck;
import dev.cuecards.store.Database;
import dev.cuecards.store.StoreException;
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
                + "even if some notes have problems; 2 when the notes folder is missing or a flag is wrong. "
                + "With --db, check a database for damage instead: exits 0 when intact, 1 when damaged.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Mixin
    VaultOptions.Notes notesOption = new VaultOptions.Notes();

    @Option(names = "--json", description = "Print the parsed notes and their claims as JSON instead.")
    boolean json;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Check this database instead of the vault: SQLite's integrity check, then that every answer's card exists, "
                    + "no card was answered twice at one review count, and each card's schedule is where its review log left it.")
    Path db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (db != null) {
            return checkDatabase();
        }
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

    private int checkDatabase() {
        PrintWriter out = spec.commandLine().getOut();
        if (!java.nio.file.Files.isRegularFile(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "database " + db + " does not exist");
        }
        CollectionCheck.Report report;
        try (Database database = Database.existing(db)) {
            report = CollectionCheck.of(database);
        } catch (StoreException e) {
            spec.commandLine().getErr().println(db + ": cannot be read as a Cuecards database (" + e.getMessage() + ")");
            return 1;
        }
        out.printf("%s: %,d cards, %,d answers in the review log%n", db, report.cards(), report.entries());
        if (report.isIntact()) {
            out.println("intact: SQLite finds no damage, every answer's card exists, no card was answered twice at one review count, "
                    + "and every card is where its review log left it");
        } else {
            long problems = report.findings().stream().mapToLong(CollectionCheck.Finding::count).sum();
            out.printf("DAMAGED: %,d %s%n", problems, problems == 1 ? "problem" : "problems");
            for (CollectionCheck.Finding finding : report.findings()) {
                out.printf("  %s: %,d%n", finding.kind(), finding.count());
                finding.examples().forEach(example -> out.println("    " + example));
            }
            out.println("A backup (cuecards-backup-*.db beside the database) can be put back with `cuecards restore FILE`.");
        }
        out.flush();
        return report.isIntact() ? 0 : 1;
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
