package dev.cuecards.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.cards.GeneratorSettings;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.CardState;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.Database;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.StoredNote;
import dev.cuecards.store.TestClock;
import dev.cuecards.store.TestVault;
import dev.cuecards.store.VaultSync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyNotesTest {

    private static final NoteId COMPANIES = new NoteId("zoo/companies");
    private static final NoteId DATABASES = new NoteId("databases");
    private static final NoteId EMPTY = new NoteId("empty");

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-10T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private Database database;
    private Study study;
    private Path notes;

    /** Companies joins first, then databases and a note without claims; path order is another. A note comes and goes. */
    @BeforeEach
    void syncInThreeSteps() throws IOException {
        notes = folder.resolve("notes");
        database = Database.open(folder.resolve("cuecards.db"));
        TestVault.write(notes, "zoo/companies.md", TestVault.numbered("Companies", "bcdefghijkl", "Tech", 12));
        sync();
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        TestVault.write(notes, "empty.md", "---\ntitle: Nothing yet\n---\n");
        TestVault.write(notes, "gone.md", TestVault.numbered("Gone", "cdefghijklm", "Tech", 2));
        sync();
        Files.delete(notes.resolve("gone.md"));
        sync();
        study = new Study(database, clock, SchedulerSettings.replayDefaults());
    }

    @Test
    void notes_are_those_in_the_vault_by_channel_then_title_and_cards_those_still_generated_in_note_order() {
        Videos videos = new Videos(database);
        List<StoredCard> before = videos.cardsOf(COMPANIES);
        retire(before.get(3));

        Videos.Page page = videos.page(1, 100);
        List<StoredCard> cards = videos.cardsOf(COMPANIES);

        // "Nothing yet" has no channel and comes first; then channels Hussein and Tech.
        assertThat(page.notes()).extracting(StoredNote::id).containsExactly(EMPTY, DATABASES, COMPANIES);
        assertThat(page.total()).isEqualTo(3);
        assertThat(videos.note(DATABASES).orElseThrow().title()).isEqualTo("Databases at scale");
        assertThat(videos.note(new NoteId("gone"))).isEmpty();
        assertThat(cards).hasSize(before.size() - 1).doesNotContain(study.card(before.get(3).id()));
        assertThat(cards).extracting(StoredCard::position).isSorted();
        assertThat(videos.cardsOf(new NoteId("gone"))).isEmpty();
        assertThat(videos.cardsOf(EMPTY)).isEmpty();
    }

    @Test
    void the_videos_list_comes_a_page_at_a_time_and_a_page_past_the_end_is_the_last() {
        Videos videos = new Videos(database);
        List<StoredNote> all = videos.page(1, 100).notes();

        Videos.Page first = videos.page(1, 2);
        Videos.Page second = videos.page(2, 2);
        Videos.Page beyond = videos.page(9, 2);

        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.notes()).isEqualTo(all.subList(0, 2));
        assertThat(second.notes()).isEqualTo(all.subList(2, 3));
        assertThat(beyond.number()).isEqualTo(2);
        assertThat(beyond.notes()).isEqualTo(second.notes());
        assertThat(second.progress().keySet()).containsExactly(all.get(2).id());
    }

    @Test
    void progress_puts_each_card_in_one_bucket_and_suspended_ones_only_in_suspended() {
        Videos videos = new Videos(database);
        List<StoredCard> cards = videos.cardsOf(COMPANIES);
        study.answer(cards.get(0).id(), Rating.AGAIN, 0, Duration.ofSeconds(5));
        schedule(cards.get(2), CardState.RELEARNING, 0);
        schedule(cards.get(4), CardState.REVIEW, 20);
        schedule(cards.get(6), CardState.REVIEW, 21);
        schedule(cards.get(8), CardState.REVIEW, 100);
        study.suspend(cards.get(8).id());
        study.suspend(cards.get(10).id());
        retire(cards.get(12));

        Map<NoteId, NoteProgress> progress = videos.page(1, 100).progress();

        assertThat(progress.keySet()).containsExactlyInAnyOrder(DATABASES, EMPTY, COMPANIES);
        assertThat(progress.get(COMPANIES)).isEqualTo(new NoteProgress(cards.size() - 7, 2, 1, 1, 2));
        assertThat(progress.get(DATABASES)).isEqualTo(new NoteProgress(videos.cardsOf(DATABASES).size(), 0, 0, 0, 0));
        assertThat(progress.get(EMPTY)).isEqualTo(new NoteProgress(0, 0, 0, 0, 0));
    }

    private void sync() {
        new VaultSync(database, clock).sync(TestVault.read(notes), GeneratorSettings.DEFAULTS);
    }

    private void retire(StoredCard card) {
        database.write(connection -> {
            new CardRepository(connection).retire(card.id(), clock.instant());
            return null;
        });
    }

    /** Gives a New card a schedule in {@code state}, last scheduled for {@code days} days. */
    private void schedule(StoredCard card, CardState state, int days) {
        Instant last = clock.instant().minus(Duration.ofDays(days));
        CardSchedule schedule = new CardSchedule(state, 0, Math.max(1, days), 5, clock.instant(), Optional.of(last), days,
                1, 0);
        database.write(connection -> new CardRepository(connection).saveSchedule(card.id(), 0, schedule, last));
    }
}
