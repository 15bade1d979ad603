package dev.cuecards.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.cards.CardId;
import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.Database;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.TestClock;
import dev.cuecards.store.TestVault;
import dev.cuecards.store.VaultSync;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue a study keeps and updates change by change is, after every change, the queue a new study builds from
 * the database from scratch: over weeks of answers, undos, burials, suspensions, flags and resets, in several scopes.
 */
class KeptQueueTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final NoteId FIRST = new NoteId("first");
    private static final List<CardScope> SCOPES = List.of(CardScope.ALL, new CardScope.Note(FIRST),
            new CardScope.Channel("Tech"), new CardScope.Section(FIRST, "Part 2"));
    private static final SchedulerSettings SCHEDULER = SchedulerSettings.replayDefaults();

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-10T08:00:00Z"), PARIS);
    private Database database;
    private Study study;

    @BeforeEach
    void syncNotes() {
        Path notes = folder.resolve("notes");
        TestVault.write(notes, "first.md", TestVault.numbered("First", "bcdefghijkl", "Tech", 14));
        TestVault.write(notes, "second.md", TestVault.numbered("Second", "cdefghijklm", "Tech", 11));
        TestVault.write(notes, "third.md", TestVault.numbered("Third", "defghijklmn", "Science", 9));
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        // More new cards than one fetch takes, so new cards are also fetched as the day goes on.
        TestVault.write(notes, "fourth.md", TestVault.numbered("Fourth", "efghijklmno", "Science", 30));
        TestVault.write(notes, "fifth.md", TestVault.numbered("Fifth", "fghijklmnop", "Tech", 30));
        database = Database.open(folder.resolve("cuecards.db"));
        new VaultSync(database, clock).sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);
        study = new Study(database, clock, SCHEDULER);
        StudySettings defaults = StudySettings.DEFAULTS;
        study.saveSettings(new StudySettings(12, 25, 4, defaults.desiredRetention(), defaults.learningSteps(),
                defaults.relearningSteps()));
    }

    @Test
    void after_every_change_the_kept_queue_is_the_queue_built_from_scratch() {
        Random random = new Random(11);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            CardScope scope = SCOPES.get(random.nextInt(SCOPES.size()));
            done.add(act(random, scope));
            for (CardScope each : SCOPES) {
                Queue kept = study.queue(each);
                Queue fresh = new Study(database, clock, SCHEDULER).queue(each);
                assertThat(kept).as("%s after %s", each.text(), done.subList(Math.max(0, done.size() - 5), done.size()))
                        .isEqualTo(fresh);
            }
        }
        assertThat(done).contains("answer", "undo", "bury", "suspend", "unsuspend", "flag", "unflag", "reset", "next day");
        assertThat(new Study(database, clock, SCHEDULER).queue(CardScope.ALL).reviews()).isNotEmpty();
    }

    private String act(Random random, CardScope scope) {
        int roll = random.nextInt(100);
        Optional<QueueEntry> next = study.queue(scope).next();
        List<StoredCard> cards = database.read(connection -> new CardRepository(connection).ofNote(
                List.of(FIRST, new NoteId("second"), new NoteId("third")).get(random.nextInt(3))));
        CardId any = cards.get(random.nextInt(cards.size())).id();
        if (roll < 50 && next.isPresent()) {
            QueueEntry card = next.get();
            clock.advance(Duration.ofSeconds(5 + random.nextInt(20)));
            study.answer(card.id(), Rating.of(1 + random.nextInt(4)), card.schedule().reps(), Duration.ofSeconds(8));
            return "answer";
        }
        if (roll < 58) {
            study.undo();
            return "undo";
        }
        if (roll < 63) {
            study.bury(any);
            return "bury";
        }
        if (roll < 67) {
            study.suspend(any);
            return "suspend";
        }
        if (roll < 71) {
            study.unsuspend(any);
            return "unsuspend";
        }
        if (roll < 74) {
            study.flag(any);
            return "flag";
        }
        if (roll < 78) {
            study.unflag(any);
            return "unflag";
        }
        if (roll < 81) {
            study.resetToNew(any);
            return "reset";
        }
        if (roll < 93) {
            clock.advance(Duration.ofMinutes(1 + random.nextInt(15)));
            return "minutes later";
        }
        clock.advance(Duration.ofHours(20 + random.nextInt(8)));
        return "next day";
    }
}
