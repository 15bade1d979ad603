package dev.cuecards.study;

import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.Database;
import dev.cuecards.store.NoteRepository;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.StoredNote;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The videos of the collection as the pages show them, read from the database a page at a time: what each costs
 * depends on what it shows, not on how many notes the vault holds.
 */
public final class Videos {

    private final Database database;

    public Videos(Database database) {
        this.database = database;
    }

    /** One page of the videos list: its notes, by channel then title, and how far their cards have come. */
    public record Page(int number, int pages, int total, List<StoredNote> notes, Map<NoteId, NoteProgress> progress) {
    }

    /**
     * Page {@code number} (from 1) of the notes in the vault, {@code size} to a page; a number past the end gives
     * the last page.
     */
    public Page page(int number, int size) {
        if (number < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1, got " + number + " and " + size);
        }
        return database.read(connection -> {
            NoteRepository notes = new NoteRepository(connection);
            int total = notes.countInVault();
            int pages = Math.max(1, (total + size - 1) / size);
            int shown = Math.min(number, pages);
            List<StoredNote> onPage = notes.listed((shown - 1) * size, size);
            Map<NoteId, NoteProgress> progress = NoteProgress.byNote(onPage, new CardRepository(connection)
                    .tallyActive(onPage.stream().map(StoredNote::id).toList(), NoteProgress.MATURE_DAYS));
            return new Page(shown, pages, total, onPage, progress);
        });
    }

    /** How many notes the vault holds; counted again only after the database changed (a count walks an index). */
    public int count() {
        Counted last = counted;
        long commits = database.commits();
        long external = database.externalVersion();
        if (last != null && last.commits() == commits && last.external() == external) {
            return last.notes();
        }
        int notes = database.read(connection -> new NoteRepository(connection).countInVault());
        counted = new Counted(commits, external, notes);
        return notes;
    }

    /** The last count, and the state of the database it was made in. */
    private record Counted(long commits, long external, int notes) {
    }

    private volatile Counted counted;

    /** The note in the vault with this id. */
    public Optional<StoredNote> note(NoteId id) {
        return database.read(connection -> new NoteRepository(connection).find(id)).filter(StoredNote::inVault);
    }

    /** These notes, those in the vault, by id. */
    public Map<NoteId, StoredNote> notes(Collection<NoteId> ids) {
        return database.read(connection -> new NoteRepository(connection).inVault(ids));
    }

    /** Whether a note in the vault has this channel, in any letter case. */
    public boolean hasChannel(String channel) {
        return database.read(connection -> new NoteRepository(connection).hasChannel(channel));
    }

    /** The note's cards that are not retired, in the note's order; empty for an unknown note. */
    public List<StoredCard> cardsOf(NoteId note) {
        List<StoredCard> cards = database.read(connection -> new CardRepository(connection).ofNote(note));
        return cards.stream().filter(card -> !card.retired()).toList();
    }

    /** The first {@code limit} cards flagged as bad, in collection order, and how many there are in all. */
    public Flagged flagged(int limit) {
        return database.read(connection -> {
            CardRepository cards = new CardRepository(connection);
            return new Flagged(cards.flagged(limit), cards.countFlagged());
        });
    }

    public record Flagged(List<StoredCard> cards, int total) {
    }

    /** The first {@code limit} problems found when the vault was last read, by path and line, and how many in all. */
    public Problems problems(int limit) {
        return database.read(connection -> {
            NoteRepository notes = new NoteRepository(connection);
            return new Problems(notes.problems(limit), notes.countProblems());
        });
    }

    /** Problems as {@code path:line: reason}. */
    public record Problems(List<String> shown, int total) {
    }

    /**
     * When the claim after {@code claimIndex} that starts later than {@code seconds} begins: where the embedded
     * player stops.
     */
    public Optional<Integer> nextMoment(NoteId note, int claimIndex, int seconds) {
        return database.read(connection -> new NoteRepository(connection).nextMoment(note, claimIndex, seconds));
    }
}
