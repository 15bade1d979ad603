package dev.cuecards.web;

import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteDocument;
import dev.cuecards.notes.NoteId;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.StoredNote;
import dev.cuecards.study.DayActivity;
import dev.cuecards.study.NoteProgress;
import dev.cuecards.study.Queue;
import dev.cuecards.study.Study;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The pages around reviewing: home, the list of videos, one video's note. Each builds a view model and renders. */
final class Pages {

    private static final int ACTIVITY_DAYS = 84;

    private final Study study;
    private final Html html;
    private final VaultReading reading;
    private final Path notesFolder;

    Pages(Study study, Html html, VaultReading reading, Path notesFolder) {
        this.study = study;
        this.html = html;
        this.reading = reading;
        this.notesFolder = notesFolder;
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

    void home(Context ctx) {
        Queue queue = study.queue(CardScope.ALL);
        Map<NoteId, StoredNote> notes = notesById();
        Map<String, int[]> byChannel = new TreeMap<>();
        Map<NoteId, int[]> byNote = new LinkedHashMap<>();
        count(queue.learning(), 0, notes, byChannel, byNote);
        count(queue.reviews(), 1, notes, byChannel, byNote);
        count(queue.newCards(), 2, notes, byChannel, byNote);
        List<Due> channels = new ArrayList<>();
        byChannel.forEach((name, c) -> channels.add(new Due(name, Paths.review(CardScope.parse("channel:" + name)), c[0], c[1], c[2])));
        List<Due> videos = new ArrayList<>();
        byNote.forEach((id, c) -> videos.add(new Due(notes.get(id).title(), Paths.review(new CardScope.Note(id)), c[0], c[1], c[2])));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Cuecards");
        model.put("remaining", queue.remaining());
        model.put("channels", channels);
        model.put("videos", videos);
        model.put("streak", study.streak());
        model.put("activity", activity());
        model.put("notes", notes.size());
        model.put("problems", reading.allProblems());
        model.put("flagged", study.flagged().stream().map(Pages::row).toList());
        model.put("nav", "home");
        html.render(ctx, "home", model);
    }

    private static void count(List<StoredCard> cards, int column, Map<NoteId, StoredNote> notes, Map<String, int[]> byChannel,
                              Map<NoteId, int[]> byNote) {
        for (StoredCard card : cards) {
            StoredNote note = notes.get(card.note());
            if (note == null) {
                continue;
            }
            note.channel().ifPresent(channel -> byChannel.computeIfAbsent(channel.toLowerCase(), k -> new int[3])[column]++);
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

    void notes(Context ctx) {
        Map<NoteId, NoteProgress> progress = study.progress();
        Map<String, List<VideoRow>> byChannel = new TreeMap<>();
        for (StoredNote note : study.notes()) {
            NoteProgress counts = progress.getOrDefault(note.id(), new NoteProgress(0, 0, 0, 0, 0));
            byChannel.computeIfAbsent(note.channel().orElse("No channel"), k -> new ArrayList<>())
                    .add(new VideoRow(note.title(), Paths.note(note.id()), Paths.review(new CardScope.Note(note.id())), counts,
                            note.problems().size()));
        }
        html.render(ctx, "notes", Map.of("title", "Videos", "channels", byChannel, "nav", "notes"));
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
        Optional<Note> found = note(id);
        if (found.isEmpty()) {
            html.error(ctx, 404, "Not found", "There is no note with the id '" + id + "'.");
            return;
        }
        Note note = found.get();
        Optional<NoteDocument> document = VaultReader.document(notesFolder, note.relativePath());
        if (document.isEmpty()) {
            html.error(ctx, 404, "Note moved", "The file " + note.relativePath() + " is no longer in the notes folder, or can no "
                    + "longer be read as a note; restart Cuecards to read the vault again.");
            return;
        }
        List<CardRow> cards = study.cardsOf(note.id()).stream().map(Pages::row).toList();
        NoteView view = new NoteView(Paths.note(note.id()), note.title(), note.channel().orElse(""), note.videoId().map(v -> v.url(null)).orElse(null),
                Paths.review(new CardScope.Note(note.id())), NoteRenderer.render(document.get()), note.problems(), cards);
        html.render(ctx, "note", Map.of("title", note.title(), "note", view, "nav", "notes"));
    }

    private static CardRow row(StoredCard card) {
        String state = card.schedule().state().toString();
        String due = card.schedule().state() == dev.cuecards.fsrs.CardState.NEW ? "" : card.schedule().due().toString().substring(0, 10);
        return new CardRow(card.id().value(), CardView.label(card.draft().kind()), card.draft().front(), state, due,
                card.suspended(), card.flagged(), Paths.note(card.note()) + "#line-" + card.draft().source().line());
    }

    Optional<Note> note(String id) {
        return reading.notes().stream().filter(n -> n.id().value().equals(id)).findFirst();
    }

    private Map<NoteId, StoredNote> notesById() {
        Map<NoteId, StoredNote> byId = new LinkedHashMap<>();
        study.notes().forEach(n -> byId.put(n.id(), n));
        return byId;
    }
}
