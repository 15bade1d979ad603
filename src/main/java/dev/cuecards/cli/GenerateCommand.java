package dev.cuecards.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cuecards.cards.CardDraft;
import dev.cuecards.cards.CardGenerator;
import dev.cuecards.cards.CardKind;
import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cuecards generate}: reads the vault and writes the cards its notes give. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Read the vault, generate cards from every note's claims and print a summary. "
                + "With --out, write every card as one JSON object per line. Notes with problems are reported; the others go on.")
final class GenerateCommand implements Callable<Integer> {

    private static final int PROGRESS_EVERY = 500;

    @Option(names = "--notes", paramLabel = "DIR", defaultValue = "notes",
            description = "Folder of markdown notes (default: ${DEFAULT-VALUE}).")
    Path notes;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Write every card here, one JSON object per line.")
    Path out;

    @Option(names = "--max-cards-per-claim", paramLabel = "N", defaultValue = "3",
            description = "At most N cards from one claim (default: ${DEFAULT-VALUE}).")
    int maxPerClaim;

    @Option(names = "--max-cards-per-note", paramLabel = "N", defaultValue = "60",
            description = "At most N cards from one note (default: ${DEFAULT-VALUE}).")
    int maxPerNote;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(maxPerClaim, maxPerNote);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        VaultReading reading = VaultReader.read(NotesFolder.require(spec.commandLine(), notes));
        PrintWriter err = spec.commandLine().getErr();
        reading.allProblems().forEach(problem -> err.println(problem));
        CardGenerator generator = new CardGenerator(reading.notes(), settings);
        List<CardDraft> cards = new ArrayList<>();
        int done = 0;
        for (Note note : reading.notes()) {
            cards.addAll(generator.generate(note));
            if (++done % PROGRESS_EVERY == 0) {
                err.println("generated cards for " + done + " of " + reading.notes().size() + " notes");
            }
        }
        if (out != null) {
            write(cards, out);
        }
        spec.commandLine().getOut().println(summary(reading, cards));
        return 0;
    }

    /** Writes beside the target and moves into place, so a failed run never leaves half a file. */
    private void write(List<CardDraft> cards, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + target + " is a folder; give a file name");
        }
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + target + ": folder " + folder + " does not exist");
        }
        ObjectMapper mapper = new ObjectMapper();
        Path temporary = Files.createTempFile(folder, ".cards-", ".jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (CardDraft card : cards) {
                writer.write(mapper.writeValueAsString(CardJson.of(card)));
                writer.write('\n');
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String summary(VaultReading reading, List<CardDraft> cards) {
        Map<CardKind, Integer> byKind = new EnumMap<>(CardKind.class);
        cards.forEach(card -> byKind.merge(card.kind(), 1, Integer::sum));
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((kind, count) -> kinds.append(kinds.length() > 0 ? ", " : "").append(kind.jsonName()).append(' ').append(count));
        int claims = reading.notes().stream().mapToInt(n -> n.claims().size()).sum();
        return String.format("%d notes read, %d with problems, %d not read; %d claims; %d cards (%s)",
                reading.notes().size(), reading.notesWithProblems(), reading.unreadable().size(), claims, cards.size(),
                kinds.length() == 0 ? "none" : kinds);
    }

}
