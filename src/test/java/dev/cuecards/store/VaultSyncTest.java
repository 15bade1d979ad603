package dev.cuecards.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.cards.CardDraft;
import dev.cuecards.cards.CardId;
import dev.cuecards.cards.CardKind;
import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.cards.NoteEvidence;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.DayBoundary;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.Scheduler;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.NoteId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultSyncTest {

    private static final Scheduler SCHEDULER = new Scheduler(SchedulerSettings.replayDefaults(), DayBoundary.UTC);
    private static final CardId REPLICATION = new CardId(TestVault.REPLICATION_CARD);
    private static final CardId DYNAMO = new CardId(TestVault.DYNAMO_CARD);

    @TempDir
    Path folder;

    private Path notes;
    private Database database;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private VaultSync sync;

    @BeforeEach
    void openDatabase() {
        notes = folder.resolve("notes");
        database = Database.open(folder.resolve("data/cuecards.db"));
        sync = new VaultSync(database, clock);
    }

    @Test
    void regenerating_one_note_from_the_kept_evidence_gives_the_cards_a_full_read_gives() {
        // Years, founders and cities spread over notes and channels: choice cards draw options from the other notes.
        TestVault.write(notes, "a.md", TestVault.numbered("Alpha", "bcdefghijkl", "Tech", 12));
        // Beta says too few years of its own for a choice card: its options come from the channel's other notes.
        TestVault.write(notes, "b.md", TestVault.numbered("Beta", "cdefghijklm", "Tech", 2));
        TestVault.write(notes, "c.md", TestVault.numbered("Gamma", "defghijklmn", "Science", 7));
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync();
        String edited = TestVault.numbered("Beta", "cdefghijklm", "Tech", 2).replace("1951", "1953");
        TestVault.write(notes, "b.md", edited);

        SyncSummary incremental = sync();
        Database fresh = Database.open(folder.resolve("fresh.db"));
        new VaultSync(fresh, clock).sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);

        NoteId beta = new NoteId("b");
        List<CardDraft> kept = database.read(c -> new CardRepository(c).ofNote(beta)).stream()
                .filter(card -> !card.retired()).map(StoredCard::draft).toList();
        List<CardDraft> full = fresh.read(c -> new CardRepository(c).ofNote(beta)).stream().map(StoredCard::draft).toList();
        assertThat(incremental.notesSynced()).isEqualTo(1);
        assertThat(kept).isEqualTo(full);
        assertThat(kept).anyMatch(card -> card.kind() == CardKind.CHOICE
                && card.options().stream().anyMatch(option -> !edited.contains(option)));
        Map<String, NoteEvidence> keptEvidence = database.read(c -> new NoteEvidenceRepository(c).inVault());
        Map<String, NoteEvidence> freshEvidence = fresh.read(c -> new NoteEvidenceRepository(c).inVault());
        assertThat(keptEvidence).isEqualTo(freshEvidence);
    }

    @Test
    void first_sync_adds_every_card_as_new_and_due_now() {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);

        SyncSummary summary = sync();

        assertThat(summary.line()).isEqualTo("cards: 3 new, 0 updated, 0 unchanged, 0 retired, 0 revived");
        StoredCard postgres = card(REPLICATION);
        assertThat(postgres.schedule()).isEqualTo(CardSchedule.newCard(clock.instant()));
        assertThat(postgres.draft().front()).isEqualTo("[...] ships streaming replication, which copies the write-ahead log to standby servers.");
        assertThat(postgres.section()).isEqualTo("Replication");
        assertThat(postgres.draft().source().seconds()).contains(200);
    }

    @Test
    void rewording_a_claim_keeps_its_cards_ids_schedules_and_logs() {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync();
        answer(REPLICATION, Rating.GOOD);
        answer(REPLICATION, Rating.GOOD);
        CardSchedule scheduled = card(REPLICATION).schedule();
        List<ReviewLogEntry> log = log(REPLICATION);
        TestVault.write(notes, "databases.md", TestVault.DATABASES.replace(
                "TimescaleDB ships streaming replication, which copies", "TimescaleDB offers streaming replication, which sends"));

        SyncSummary summary = sync();

        assertThat(summary.line()).isEqualTo("cards: 0 new, 1 updated, 2 unchanged, 0 retired, 0 revived");
        StoredCard postgres = card(REPLICATION);
        assertThat(postgres.draft().front()).isEqualTo("[...] offers streaming replication, which sends the write-ahead log to standby servers.");
        assertThat(postgres.schedule()).isEqualTo(scheduled);
        assertThat(postgres.schedule().state()).isEqualTo(CardState.REVIEW);
        assertThat(log(REPLICATION)).isEqualTo(log).hasSize(2);
    }

    @Test
    void a_claim_whose_moment_is_corrected_keeps_its_cards_ids_schedules_and_logs_and_takes_the_new_moment() {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync();
        answer(REPLICATION, Rating.GOOD);
        CardSchedule scheduled = card(REPLICATION).schedule();
        List<ReviewLogEntry> log = log(REPLICATION);
        TestVault.write(notes, "databases.md", TestVault.DATABASES.replace("data-t=\"00:03:20\">[00:03:20]", "data-t=\"00:03:25\">[00:03:25]"));

        SyncSummary summary = sync();

        assertThat(summary.line()).isEqualTo("cards: 0 new, 1 updated, 2 unchanged, 0 retired, 0 revived");
        StoredCard postgres = card(REPLICATION);
        assertThat(postgres.draft().source().seconds()).contains(205);
        assertThat(postgres.schedule()).isEqualTo(scheduled);
        assertThat(log(REPLICATION)).isEqualTo(log).hasSize(1);
    }

    @Test
    void a_new_claim_at_another_moment_is_a_new_card_even_with_the_same_answer() {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync();
        answer(REPLICATION, Rating.GOOD);
        String other = "TimescaleDB ships logical replication too, which copies row changes to subscribers <a class=\"yt-timestamp\" data-t=\"00:05:00\">[00:05:00]</a>.";
        TestVault.write(notes, "databases.md", TestVault.DATABASES.replaceFirst("TimescaleDB ships streaming[^<]*<a[^>]*>[^<]*</a>\\.", other));

        SyncSummary summary = sync();

        assertThat(summary.retired()).isEqualTo(1);
        assertThat(card(REPLICATION).retired()).isTrue();
        assertThat(log(REPLICATION)).hasSize(1);
    }

    @Test
    void a_removed_claim_retires_its_cards_with_their_logs_and_putting_it_back_revives_them() {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync();
        answer(DYNAMO, Rating.EASY);
        CardSchedule scheduled = card(DYNAMO).schedule();

        TestVault.write(notes, "databases.md", TestVault.DATABASES.replace(TestVault.CASSANDRA_SENTENCE, ""));
        SyncSummary removed = sync();

        assertThat(removed.line()).isEqualTo("cards: 0 new, 0 updated, 2 unchanged, 1 retired, 0 revived");
        assertThat(card(DYNAMO).retired()).isTrue();
        assertThat(card(DYNAMO).schedule()).isEqualTo(scheduled);
        assertThat(log(DYNAMO)).hasSize(1);

        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        SyncSummary back = sync();

        assertThat(back.line()).isEqualTo("cards: 0 new, 0 updated, 2 unchanged, 0 retired, 1 revived");
        assertThat(card(DYNAMO).retired()).isFalse();
        assertThat(card(DYNAMO).schedule()).isEqualTo(scheduled);
        assertThat(log(DYNAMO)).hasSize(1);
    }

    @Test
    void unchanged_notes_are_skipped() {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        TestVault.write(notes, "companies.md", TestVault.numbered("Companies", "bcdefghijkl", "Tech", 6));
        SyncSummary first = sync();
        TestVault.write(notes, "companies.md", TestVault.numbered("Companies", "bcdefghijkl", "Tech", 7));

        SyncSummary second = sync();

        assertThat(first.notesSynced()).isEqualTo(2);
        assertThat(second.notesSynced()).isEqualTo(1);
        assertThat(second.notesSkipped()).isEqualTo(1);
        assertThat(second.newCards()).isPositive();
        assertThat(second.unchanged() + second.updated()).as(second.line()).isEqualTo(first.newCards());
        assertThat(second.retired()).isZero();
    }

    @Test
    void a_note_that_can_no_longer_be_read_keeps_its_cards_and_is_reported() throws IOException {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync();
        answer(REPLICATION, Rating.GOOD);
        CardSchedule scheduled = card(REPLICATION).schedule();
        Files.write(notes.resolve("databases.md"), new byte[] {'a', 0, 'b'});

        SyncSummary summary = sync();

        assertThat(summary.line()).isEqualTo("cards: 0 new, 0 updated, 3 unchanged, 0 retired, 0 revived; 1 note kept as it was");
        assertThat(summary.notesKept()).singleElement().asString().contains("databases.md", "binary");
        assertThat(card(REPLICATION).retired()).isFalse();
        assertThat(card(REPLICATION).schedule()).isEqualTo(scheduled);
    }

    @Test
    void a_note_gone_from_the_vault_retires_its_cards_and_coming_back_revives_them() throws IOException {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync();
        Files.delete(notes.resolve("databases.md"));

        SyncSummary gone = sync();
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        SyncSummary back = sync();

        assertThat(gone.retired()).isEqualTo(3);
        assertThat(back.revived()).isEqualTo(3);
        assertThat(back.newCards()).isZero();
    }

    @Test
    void a_vault_is_in_line_only_when_every_file_and_the_generator_match() {
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        sync();
        String hash = TestVault.read(notes).notes().get(0).contentHash();

        assertThat(sync.isInLine(Map.of("databases.md", hash), GeneratorSettings.DEFAULTS)).isTrue();
        assertThat(sync.isInLine(Map.of("databases.md", "other"), GeneratorSettings.DEFAULTS)).isFalse();
        assertThat(sync.isInLine(Map.of("databases.md", hash, "new.md", "x"), GeneratorSettings.DEFAULTS)).isFalse();
        assertThat(sync.isInLine(Map.of("databases.md", hash), new GeneratorSettings(2, 60))).isFalse();
    }

    private SyncSummary sync() {
        return sync.sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);
    }

    private StoredCard card(CardId id) {
        return database.read(connection -> new CardRepository(connection).find(id)).orElseThrow();
    }

    private List<ReviewLogEntry> log(CardId id) {
        return database.read(connection -> new ReviewLogRepository(connection).ofCard(id));
    }

    private void answer(CardId id, Rating rating) {
        clock.advance(Duration.ofMinutes(15));
        Instant now = clock.instant();
        database.write(connection -> {
            CardRepository cards = new CardRepository(connection);
            CardSchedule before = cards.find(id).orElseThrow().schedule();
            CardSchedule after = SCHEDULER.answer(before, rating, now, id.value());
            assertThat(cards.saveSchedule(id, before.reps(), after, now)).isTrue();
            new ReviewLogRepository(connection).append(new ReviewLogEntry(0, id, rating, now, Duration.ofSeconds(4), before, after));
            return null;
        });
    }
}
