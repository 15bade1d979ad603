package dev.cuecards.store;

import dev.cuecards.cards.CardDraft;
import dev.cuecards.cards.CardGenerator;
import dev.cuecards.cards.CardId;
import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.cards.NoteEvidence;
import dev.cuecards.notes.FileStamp;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteId;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Brings the database in line with the vault, one transaction per note. New cards are added; a card generated again
 * keeps its schedule and history and takes the new text; a card no longer generated is retired, and revived with
 * its history if it comes back. A note that cannot be read (or generated) this time keeps its cards as they were
 * and is reported. Notes whose content hash and generator are unchanged are skipped.
 */
public final class VaultSync {

    private final Database database;
    private final Clock clock;

    public VaultSync(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** True when the vault's files ({@code path → content hash}) are exactly the notes last synced with these settings. */
    public boolean isInLine(Map<String, String> fingerprints, GeneratorSettings settings) {
        Map<NoteId, StoredNote> stored = database.read(connection -> new NoteRepository(connection).all());
        List<StoredNote> inVault = stored.values().stream().filter(StoredNote::inVault).toList();
        if (inVault.size() != fingerprints.size()) {
            return false;
        }
        return inVault.stream().allMatch(note -> note.contentHash().equals(fingerprints.get(note.path()))
                && isCurrent(note, settings));
    }

    /**
     * True when the folder's listing is exactly the files recorded at the last sync (same paths, sizes and
     * modification times) and every note's cards were made by this generator with these settings: nothing needs
     * reading.
     */
    public boolean isListedInLine(List<FileStamp> listing, GeneratorSettings settings) {
        return database.read(connection -> {
            List<FileStamp> recorded = new VaultFileRepository(connection).stamps();
            if (recorded.size() != listing.size() || !new HashSet<>(recorded).containsAll(listing)) {
                return false;
            }
            return new NoteRepository(connection).countStale(CardGenerator.VERSION, describe(settings)) == 0;
        });
    }

    /**
     * Records the files as listed, with the hashes just computed, after {@link #isInLine} found their contents
     * unchanged (their stamps had moved, as after a copy): the next start reads nothing.
     */
    public void recordFiles(List<FileStamp> listing, Map<String, String> fingerprints) {
        database.write(connection -> {
            new VaultFileRepository(connection).replace(listing, fingerprints, Map.of());
            return null;
        });
    }

    /**
     * The files a sync with these settings need not open while they are listed with these stamps: {@link
     * VaultReader#read(java.nio.file.Path, Map)} skips them, and the sync takes their notes as unchanged.
     */
    public Map<String, FileStamp> trustedFiles(GeneratorSettings settings) {
        return database.read(connection -> new VaultFileRepository(connection).trusted(CardGenerator.VERSION, describe(settings)));
    }

    public SyncSummary sync(VaultReading reading, GeneratorSettings settings) {
        return sync(reading, settings, done -> { });
    }

    /** Syncs, telling {@code notesDone} how many of the reading's notes are done after each one. */
    public SyncSummary sync(VaultReading reading, GeneratorSettings settings, IntConsumer notesDone) {
        try {
            return new Run(reading, settings).sync(notesDone);
        } catch (StoreException e) {
            throw new StoreException("cannot sync the vault into " + database.file() + ": " + e.getMessage(), e);
        }
    }

    static String describe(GeneratorSettings settings) {
        return settings.maxCardsPerClaim() + " per claim, " + settings.maxCardsPerNote() + " per note";
    }

    private static boolean isCurrent(StoredNote note, GeneratorSettings settings) {
        return note.generatorVersion() == CardGenerator.VERSION && note.generatorSettings().equals(describe(settings));
    }

    /** One sync's state: the counts so far and the generator, built only if some note changed. */
    /** How many notes have their cards written together, on all cores, before they are stored. */
    private static final int GENERATED_TOGETHER = 64;

    private final class Run {
        private final VaultReading reading;
        private final GeneratorSettings settings;
        private final Instant now = clock.instant();
        private CardGenerator generator;
        private final List<NoteProblem> kept = new ArrayList<>();
        private int added;
        private int updated;
        private int unchanged;
        private int retired;
        private int revived;
        private int synced;
        private int skipped;

        Run(VaultReading reading, GeneratorSettings settings) {
            this.reading = reading;
            this.settings = settings;
        }

        /**
         * Built on first need, for the notes that changed: the others lend their options through the evidence kept
         * from earlier runs, so they are not tagged again. A note without kept evidence is tagged once and its
         * evidence kept.
         */
        private CardGenerator generator(List<Note> changed) {
            if (generator == null) {
                Map<String, NoteEvidence> stored = database.read(c -> new NoteEvidenceRepository(c).inVault());
                Set<NoteId> changing = new HashSet<>();
                changed.forEach(note -> changing.add(note.id()));
                List<Note> tagged = new ArrayList<>(changed);
                List<Note> withoutEvidence = new ArrayList<>();
                List<NoteEvidence> others = new ArrayList<>();
                for (String path : reading.trusted()) {
                    NoteEvidence lent = stored.get(NoteId.fromRelativePath(path).value());
                    if (lent == null) {
                        throw new StoreException("note " + path + " was not read and has no kept evidence; read the vault whole", null);
                    }
                    others.add(lent);
                }
                for (Note note : reading.notes()) {
                    if (changing.contains(note.id())) {
                        continue;
                    }
                    NoteEvidence lent = stored.get(note.id().value());
                    if (lent != null && lent.path().equals(note.relativePath()) && lent.channelKey().equals(note.channelKey().orElse(""))) {
                        others.add(lent);
                    } else {
                        tagged.add(note);
                        withoutEvidence.add(note);
                    }
                }
                generator = new CardGenerator(tagged, others, settings);
                CardGenerator made = generator;
                database.write(c -> {
                    NoteEvidenceRepository evidence = new NoteEvidenceRepository(c);
                    for (Note note : withoutEvidence) {
                        evidence.save(made.evidence(note));
                    }
                    return null;
                });
            }
            return generator;
        }

        SyncSummary sync(IntConsumer notesDone) {
            int done = 0;
            Map<NoteId, StoredNote> stored = database.read(c -> new NoteRepository(c).all());
            Map<NoteId, Integer> activeCards = database.read(c -> new CardRepository(c).countActiveByNote());
            Set<NoteId> seen = new HashSet<>();
            List<Note> changed = new ArrayList<>();
            for (Note note : reading.notes()) {
                seen.add(note.id());
                StoredNote before = stored.get(note.id());
                if (before != null && before.inVault() && before.contentHash().equals(note.contentHash()) && isCurrent(before, settings)) {
                    unchanged += activeCards.getOrDefault(note.id(), 0);
                    skipped++;
                    notesDone.accept(++done);
                } else {
                    changed.add(note);
                }
            }
            if (!changed.isEmpty()) {
                generator(changed);
            }
            // Cards are written on all cores a batch at a time, then stored one note per transaction, in vault order.
            for (int from = 0; from < changed.size(); from += GENERATED_TOGETHER) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new SyncStopped(from, changed.size());
                }
                List<Note> batch = changed.subList(from, Math.min(changed.size(), from + GENERATED_TOGETHER));
                List<Generated> generated = batch.parallelStream().map(this::generate).toList();
                for (Generated one : generated) {
                    syncNote(one);
                    notesDone.accept(++done);
                }
            }
            for (String path : reading.trusted()) {
                NoteId id = NoteId.fromRelativePath(path);
                seen.add(id);
                unchanged += activeCards.getOrDefault(id, 0);
                skipped++;
                notesDone.accept(++done);
            }
            for (NoteProblem problem : reading.unreadable()) {
                NoteId id = NoteId.fromRelativePath(problem.path());
                seen.add(id);
                if (stored.containsKey(id)) {
                    kept.add(problem);
                    unchanged += activeCards.getOrDefault(id, 0);
                }
            }
            for (StoredNote note : stored.values()) {
                if (note.inVault() && !seen.contains(note.id())) {
                    database.write(c -> retireGone(c, note.id()));
                }
            }
            recordFiles();
            return new SyncSummary(added, updated, unchanged, retired, revived, synced, skipped, kept);
        }

        /** What the folder held when it was read, so the next start can tell whether anything changed. */
        private void recordFiles() {
            Map<String, String> hashes = new HashMap<>();
            reading.notes().forEach(note -> hashes.put(note.relativePath(), note.contentHash()));
            Map<String, String> problems = new HashMap<>();
            reading.unreadable().forEach(problem -> problems.merge(problem.path(), problem.toString(), (a, b) -> a + "; " + b));
            // A note whose cards could not be written this time must be read again next time.
            kept.stream().filter(problem -> !problems.containsKey(problem.path())).forEach(problem -> hashes.remove(problem.path()));
            List<FileStamp> files = reading.files().stream()
                    .filter(file -> hashes.containsKey(file.path()) || problems.containsKey(file.path())).toList();
            // Files not opened keep their rows.
            database.write(connection -> {
                new VaultFileRepository(connection).replace(files, hashes, problems, reading.trusted());
                return null;
            });
        }

        /** A note's cards, or why they could not be written. */
        private record Generated(Note note, List<CardDraft> drafts, RuntimeException failure) {
        }

        private Generated generate(Note note) {
            try {
                return new Generated(note, generator.generate(note), null);
            } catch (RuntimeException e) {
                return new Generated(note, List.of(), e);
            }
        }

        private void syncNote(Generated generated) {
            Note note = generated.note();
            List<CardDraft> drafts = generated.drafts();
            if (generated.failure() != null) {
                // A generator bug costs this note's update, not its cards or the run.
                kept.add(new NoteProblem(note.relativePath(), 0, "cards could not be generated (" + generated.failure()
                        + "); its cards were kept as they were"));
                return;
            }
            database.write(c -> {
                new NoteRepository(c).save(note, CardGenerator.VERSION, describe(settings), now);
                new NoteEvidenceRepository(c).save(generator.evidence(note));
                syncCards(c, note, drafts);
                return null;
            });
            synced++;
        }

        private void syncCards(Connection connection, Note note, List<CardDraft> drafts) throws SQLException {
            CardRepository cards = new CardRepository(connection);
            Map<CardId, StoredCard> before = new HashMap<>();
            cards.ofNote(note.id()).forEach(card -> before.put(card.id(), card));
            Map<CardId, CardId> moved = moved(drafts, before);
            for (int position = 0; position < drafts.size(); position++) {
                CardDraft draft = drafts.get(position);
                String section = Sections.join(note.claims().get(draft.claimIndex()).sectionPath());
                StoredCard old = before.remove(draft.id());
                if (old == null && moved.containsKey(draft.id())) {
                    old = before.remove(moved.get(draft.id()));
                    draft = new CardDraft(old.id(), draft.note(), draft.kind(), draft.context(), draft.front(), draft.back(),
                            draft.answer(), draft.options(), draft.source(), draft.claimIndex());
                }
                if (old == null) {
                    cards.insert(draft, section, position, now);
                    added++;
                } else if (old.retired()) {
                    cards.updateContent(draft, section, position, now);
                    revived++;
                } else if (!old.draft().equals(draft) || !old.section().equals(section) || old.position() != position) {
                    cards.updateContent(draft, section, position, now);
                    updated++;
                } else {
                    unchanged++;
                }
            }
            for (StoredCard gone : before.values()) {
                if (!gone.retired()) {
                    cards.retire(gone.id(), now);
                    retired++;
                }
            }
        }

        /**
         * The stored card each new draft continues, by id: the same claim asking the same answer of the same kind,
         * said at another moment (its time corrected, or read differently). Its id holds the old second, so it
         * matches no draft; it keeps its id and history and takes the new moment. Only a pair that is the one such
         * card on both sides is matched.
         */
        private static Map<CardId, CardId> moved(List<CardDraft> drafts, Map<CardId, StoredCard> stored) {
            Set<CardId> drafted = new HashSet<>();
            drafts.forEach(draft -> drafted.add(draft.id()));
            Map<String, List<CardId>> unmatchedStored = new HashMap<>();
            for (StoredCard card : stored.values()) {
                if (!drafted.contains(card.id())) {
                    unmatchedStored.computeIfAbsent(sameCard(card.draft()), k -> new ArrayList<>()).add(card.id());
                }
            }
            Map<String, List<CardId>> unmatchedDrafts = new HashMap<>();
            for (CardDraft draft : drafts) {
                if (!stored.containsKey(draft.id())) {
                    unmatchedDrafts.computeIfAbsent(sameCard(draft), k -> new ArrayList<>()).add(draft.id());
                }
            }
            Map<CardId, CardId> moved = new HashMap<>();
            unmatchedDrafts.forEach((key, ids) -> {
                List<CardId> old = unmatchedStored.getOrDefault(key, List.of());
                if (ids.size() == 1 && old.size() == 1) {
                    moved.put(ids.get(0), old.get(0));
                }
            });
            return moved;
        }

        private static String sameCard(CardDraft draft) {
            return draft.kind() + "\n" + draft.answer() + "\n" + draft.source().claim();
        }

        private Void retireGone(Connection connection, NoteId note) throws SQLException {
            CardRepository cards = new CardRepository(connection);
            for (StoredCard card : cards.ofNote(note)) {
                if (!card.retired()) {
                    cards.retire(card.id(), now);
                    retired++;
                }
            }
            new NoteRepository(connection).markGone(note, now);
            return null;
        }
    }
}
