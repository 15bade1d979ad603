package dev.cuecards.web;

import dev.cuecards.notes.NoteDocument;
import dev.cuecards.notes.NoteId;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VideoId;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.StoredNote;
import dev.cuecards.study.DayActivity;
import dev.cuecards.study.NoteProgress;
import dev.cuecards.study.Queue;
import dev.cuecards.study.QueueEntry;
import dev.cuecards.study.Study;
import dev.cuecards.study.Videos;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pages around reviewing: home, the list of videos, one video's note. Each builds a view model from what it
 * shows alone (never the whole collection) and renders.
 */
final class Pages {

    private static final int ACTIVITY_DAYS = 84;
    /** Videos listed on home with what they have due; the rest are counted. */
    static final int HOME_VIDEOS = 12;
    static final int HOME_CHANNELS = 24;
    static final int HOME_FLAGGED = 20;
    static final int HOME_PROBLEMS = 20;
    /** Videos on one page of /notes. */
    static final int NOTES_PER_PAGE = 100;

    private final Study study;
    private final Videos videos;
    private final Html html;
    private final Path notesFolder;
    private final SyncStatus sync;

    Pages(Study study, Videos videos, Html html, Path notesFolder, SyncStatus sync) {
        this.study = study;
        this.videos = videos;
        this.html = html;
        this.notesFolder = notesFolder;
        this.sync = sync;
    }

    /** Cards due today in one channel or video. */
    record Due(String name, String url, int learning, int review, int newCards) {
        public int total() {
            return learning + review + newCards;
        }
    }

    /** One day of the activity strip. */
    record Day(String date, int reviews, int level) {
    }

    /** A list shown in part: its first rows and how many there are in all. */
    record Some<T>(List<T> shown, int total) {
        public int more() {
            return total - shown.size();
        }

        public boolean isEmpty() {
            return total == 0;
        }
    }

    /** What home shows of one queue: its channels and its busiest videos, with what each has due. */
    private record DueToday(Queue queue, List<Due> channels, List<NoteId> busiest, Map<NoteId, int[]> byNote) {
    }

    /** The last queue's tally: the study keeps one queue object until a card changes, so home reuses it. */
    private volatile DueToday lastTally;

    private DueToday tally(Queue queue) {
        DueToday last = lastTally;
        if (last != null && last.queue() == queue) {
            return last;
        }
        Map<String, int[]> byChannel = new TreeMap<>();
        Map<NoteId, int[]> byNote = new LinkedHashMap<>();
        count(queue.learning(), 0, byChannel, byNote);
        count(queue.reviews(), 1, byChannel, byNote);
        count(queue.newCards(), 2, byChannel, byNote);
        List<Due> channels = new ArrayList<>();
        byChannel.forEach((name, c) -> channels.add(new Due(name, Paths.review(CardScope.parse("channel:" + name)), c[0], c[1], c[2])));
        List<NoteId> busiest = byNote.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<NoteId, int[]> e) -> -(e.getValue()[0] + e.getValue()[1] + e.getValue()[2])))
                .limit(HOME_VIDEOS).map(Map.Entry::getKey).toList();
        DueToday tally = new DueToday(queue, channels, busiest, byNote);
        lastTally = tally;
        return tally;
    }

    void home(Context ctx) {
        Queue queue = study.queue(CardScope.ALL);
        DueToday tally = tally(queue);
        List<Due> channels = tally.channels();
        Map<NoteId, int[]> byNote = tally.byNote();
        List<NoteId> busiest = tally.busiest();
        Map<NoteId, StoredNote> notes = videos.notes(busiest);
        List<Due> due = new ArrayList<>();
        for (NoteId id : busiest) {
            StoredNote note = notes.get(id);
            int[] c = byNote.get(id);
            if (note != null) {
                due.add(new Due(note.title(), Paths.review(new CardScope.Note(id)), c[0], c[1], c[2]));
            }
        }
        Videos.Flagged flagged = videos.flagged(HOME_FLAGGED);
        Videos.Problems problems = videos.problems(HOME_PROBLEMS);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Cuecards");
        model.put("remaining", queue.remaining());
        model.put("channels", new Some<>(channels.stream().limit(HOME_CHANNELS).toList(), channels.size()));
        model.put("videos", new Some<>(due, byNote.size()));
        model.put("streak", study.streak());
        model.put("activity", activity());
        model.put("notes", videos.count());
        model.put("problems", new Some<>(problems.shown(), problems.total()));
        model.put("flagged", new Some<>(flagged.cards().stream().map(Pages::row).toList(), flagged.total()));
        model.put("sync", sync.message().orElse(null));
        model.put("nav", "home");
        html.render(ctx, "home", model);
    }

    private static void count(List<QueueEntry> cards, int column, Map<String, int[]> byChannel, Map<NoteId, int[]> byNote) {
        for (QueueEntry card : cards) {
            if (!card.channelKey().isEmpty()) {
                byChannel.computeIfAbsent(card.channelKey(), k -> new int[3])[column]++;
            }
            byNote.computeIfAbsent(card.note(), k -> new int[3])[column]++;
        }
    }

    private List<Day> activity() {
        List<DayActivity> days = study.activity(ACTIVITY_DAYS);
        int most = days.stream().mapToInt(DayActivity::reviews).max().orElse(0);
        List<Day> strip = new ArrayList<>();
        for (DayActivity day : days) {
            int level = day.reviews() == 0 ? 0 : most <= 0 ? 1 : 1 + (3 * day.reviews()) / (most + 1);
            strip.add(new Day(day.date().toString(), day.reviews(), Math.min(4, level)));
        }
        return strip;
    }

    /** A video in the list, with how far its cards have come. */
    record VideoRow(String title, String url, String studyUrl, NoteProgress progress, int problems) {
    }

    /** Where a page of a list is, and the links to its neighbours (null at either end). */
    record Paging(int page, int pages, int total, String previous, String next) {
    }

    void notes(Context ctx) {
        int asked = Forms.optionalCount("page", ctx.queryParam("page")).orElse(1);
        if (asked < 1) {
            throw new Forms.BadValue("page", "page starts at 1, got " + asked);
        }
        Videos.Page page = videos.page(asked, NOTES_PER_PAGE);
        Map<String, List<VideoRow>> byChannel = new LinkedHashMap<>();
        for (StoredNote note : page.notes()) {
            NoteProgress counts = page.progress().get(note.id());
            byChannel.computeIfAbsent(note.channel().orElse("No channel"), k -> new ArrayList<>())
                    .add(new VideoRow(note.title(), Paths.note(note.id()), Paths.review(new CardScope.Note(note.id())), counts,
                            note.problems().size()));
        }
        Paging paging = new Paging(page.number(), page.pages(), page.total(),
                page.number() > 1 ? "/notes?page=" + (page.number() - 1) : null,
                page.number() < page.pages() ? "/notes?page=" + (page.number() + 1) : null);
        html.render(ctx, "notes", Map.of("title", "Videos", "channels", byChannel, "paging", paging, "nav", "notes"));
    }

    /** A note's page: its header, its rendered text and its cards. */
    record NoteView(String url, String title, String channel, String videoUrl, String studyUrl, String html, List<NoteProblem> problems,
                    List<CardRow> cards) {
    }

    /** A card in a note's list. */
    record CardRow(String id, String kind, String front, String state, String due, boolean suspended, boolean flagged,
                   String noteUrl) {
    }

    void note(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Optional<StoredNote> found = id.isBlank() ? Optional.empty() : videos.note(new NoteId(id));
        if (found.isEmpty()) {
            html.error(ctx, 404, "Not found", "There is no note with the id '" + id + "'.");
            return;
        }
        StoredNote note = found.get();
        Optional<NoteDocument> document = VaultReader.document(notesFolder, note.path());
        if (document.isEmpty()) {
            html.error(ctx, 404, "Note moved", "The file " + note.path() + " is no longer in the notes folder, or can no "
                    + "longer be read as a note; restart Cuecards to read the vault again.");
            return;
        }
        List<CardRow> cards = videos.cardsOf(note.id()).stream().map(Pages::row).toList();
        List<NoteProblem> problems = note.problems().stream().map(problem -> NoteProblem.parse(note.path(), problem)).toList();
        NoteView view = new NoteView(Paths.note(note.id()), note.title(), note.channel().orElse(""),
                note.videoId().map(v -> new VideoId(v).url(null)).orElse(null), Paths.review(new CardScope.Note(note.id())),
                NoteRenderer.render(document.get()), problems, cards);
        html.render(ctx, "note", Map.of("title", note.title(), "note", view, "nav", "notes"));
    }

    private static CardRow row(StoredCard card) {
        String state = card.schedule().state().toString();
        String due = card.schedule().state() == dev.cuecards.fsrs.CardState.NEW ? "" : card.schedule().due().toString().substring(0, 10);
        return new CardRow(card.id().value(), CardView.label(card.draft().kind()), card.draft().front(), state, due,
                card.suspended(), card.flagged(), Paths.note(card.note()) + "#line-" + card.draft().source().line());
    }
}
