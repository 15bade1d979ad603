package dev.cuecards.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cuecards.cards.CardJson;
import dev.cuecards.cards.CardKind;
import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.notes.NoteId;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.Database;
import dev.cuecards.store.NoteRepository;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.StoredNote;
import dev.cuecards.store.SyncSummary;
import dev.cuecards.store.VaultSync;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cuecards generate}: reads the vault, generates its cards and syncs them into the database. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Read the vault, generate cards from every note's claims, sync them into the database and print a summary. "
                + "With --out, also write every current card as one JSON object per line. Notes with problems are reported; the others go on.")
final class GenerateCommand implements Callable<Integer> {

    private static final int PROGRESS_EVERY = 500;

    @CommandLine.Mixin
    VaultOptions.Notes notesOption = new VaultOptions.Notes();

    @CommandLine.Mixin
    VaultOptions.Db dbOption = new VaultOptions.Db();

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Write every current card here, one JSON object per line.")
    Path out;

    @Option(names = "--max-cards-per-claim", paramLabel = "N", defaultValue = "3",
            description = "At most N cards from one claim (default: ${DEFAULT-VALUE}).")
    int maxPerClaim;

    // The defaults are serve's (GeneratorSettings.DEFAULTS), so serve after generate finds every note current.
    @Option(names = "--max-cards-per-note", paramLabel = "N", defaultValue = "200",
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
        Path folder = NotesFolder.require(spec.commandLine(), notesOption.folder);
        Path outFile = out == null ? null : OutputFile.require(spec.commandLine(), "--out", out);
        Database database = DatabaseFile.open(spec.commandLine(), dbOption.file);
        VaultSync sync = new VaultSync(database, Clock.systemUTC());
        PrintWriter err = spec.commandLine().getErr();
        String vaultLine;
        SyncSummary summary;
        if (sync.isInLine(VaultReader.fingerprints(folder), settings)) {
            // Nothing changed since the last sync: skip parsing and report what the database holds.
            List<StoredNote> stored = database.read(c -> new NoteRepository(c).all()).values().stream()
                    .filter(StoredNote::inVault).toList();
            stored.forEach(note -> note.problems().forEach(err::println));
            int claims = database.read(c -> new NoteRepository(c).countClaimsInVault());
            long withProblems = stored.stream().filter(n -> !n.problems().isEmpty()).count();
            vaultLine = vaultLine(stored.size(), withProblems, 0, claims, database);
            int cards = database.read(c -> new CardRepository(c).countActiveByKind()).values().stream().mapToInt(i -> i).sum();
            summary = new SyncSummary(0, 0, cards, 0, 0, 0, stored.size(), List.of());
        } else {
            // Files listed as at the last sync are not opened: their notes and what they lend the others are kept.
            VaultReading reading = VaultReader.read(folder, sync.trustedFiles(settings));
            reading.allProblems().forEach(err::println);
            problemsOfUnread(database, reading).forEach(err::println);
            int total = reading.notes().size() + reading.trusted().size();
            summary = sync.sync(reading, settings, done -> {
                if (done % PROGRESS_EVERY == 0) {
                    err.println("synced " + done + " of " + total + " notes");
                }
            });
            summary.notesKept().stream().filter(kept -> !reading.unreadable().contains(kept)).forEach(err::println);
            int claims = database.read(c -> new NoteRepository(c).countClaimsInVault());
            long withProblems = reading.notesWithProblems() + database.read(c -> new NoteRepository(c).inVault(
                    reading.trusted().stream().map(NoteId::fromRelativePath).toList())).values().stream()
                    .filter(note -> !note.problems().isEmpty()).count();
            vaultLine = vaultLine(reading.notes().size(), withProblems, reading.unreadable().size(), claims, database);
            if (!reading.trusted().isEmpty()) {
                vaultLine = vaultLine.replaceFirst(" notes read, ", " notes read, " + reading.trusted().size()
                        + " unchanged and not opened, ");
            }
        }
        if (outFile != null) {
            write(database.read(c -> new CardRepository(c).active()), outFile);
        }
        PrintWriter output = spec.commandLine().getOut();
        output.println(vaultLine);
        output.println(summary.line() + " (database " + dbOption.file + ")");
        return 0;
    }

    /** The problems recorded for the notes this run did not open, as the last sync found them. */
    private static List<String> problemsOfUnread(Database database, VaultReading reading) {
        return database.read(c -> new NoteRepository(c).inVault(reading.trusted().stream().map(NoteId::fromRelativePath).toList()))
                .values().stream().flatMap(note -> note.problems().stream()).sorted().toList();
    }

    /** Writes beside the target and moves into place, so a failed run never leaves half a file. */
    private static void write(List<StoredCard> cards, Path target) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Path temporary = Files.createTempFile(target.getParent(), ".cards-", ".jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (StoredCard card : cards) {
                writer.write(mapper.writeValueAsString(CardJson.of(card.draft())));
                writer.write('\n');
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code 16 notes read, 2 with problems, 0 not read; 420 claims; 600 cards (term 80, cloze 300, ...)}. */
    private static String vaultLine(int notes, long withProblems, int notRead, int claims, Database database) {
        Map<CardKind, Integer> byKind = database.read(c -> new CardRepository(c).countActiveByKind());
        StringBuilder kinds = new StringBuilder();
        int cards = 0;
        for (CardKind kind : CardKind.values()) {
            Integer count = byKind.get(kind);
            if (count != null) {
                kinds.append(kinds.length() > 0 ? ", " : "").append(kind.jsonName()).append(' ').append(count);
                cards += count;
            }
        }
        return String.format("%d notes read, %d with problems, %d not read; %d claims; %d cards (%s)",
                notes, withProblems, notRead, claims, cards, kinds.length() == 0 ? "none" : kinds);
    }
}
