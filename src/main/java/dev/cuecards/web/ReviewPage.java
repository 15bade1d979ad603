package dev.cuecards.web;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.store.StoredCard;
import dev.cuecards.store.CardScope;
import dev.cuecards.study.QueuedCard;
import dev.cuecards.study.Remaining;
import dev.cuecards.study.StaleAnswerException;
import dev.cuecards.study.Study;
import dev.cuecards.study.Videos;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review page: the next card of today's queue, its answer on reveal, and the forms that answer and undo (bury,
 * suspend and flag are {@link CardActions}). Each form is a POST followed by a redirect back here, so it works
 * without JavaScript.
 */
final class ReviewPage {

    private final Study study;
    private final Videos videos;
    private final Html html;

    ReviewPage(Study study, Videos videos, Html html) {
        this.study = study;
        this.videos = videos;
        this.html = html;
    }

    /** An answer button: its rating, its name, the interval it would give, and its key. */
    record Button(int rating, String name, String interval, int key) {
    }

    /** What is left today, for the progress bar. */
    record Progress(Remaining remaining, int studied, int percent) {
    }

    void show(Context ctx) {
        CardScope scope = Forms.knownScope(ctx.queryParam("scope"), videos);
        Optional<QueuedCard> next = study.next(scope);
        if (next.isEmpty()) {
            html.render(ctx, "review-done", Map.of("title", "All done", "scope", scope.text(),
                    "summary", study.todaySummary(), "nav", "review"));
            return;
        }
        QueuedCard queued = next.get();
        StoredCard shown = queued.card();
        CardView card = CardView.of(shown, shown.draft().source().seconds()
                .flatMap(start -> videos.nextMoment(shown.note(), shown.draft().claimIndex(), start)));
        List<Button> buttons = List.of(
                new Button(1, "Again", queued.preview().label(Rating.AGAIN), 1),
                new Button(2, "Hard", queued.preview().label(Rating.HARD), 2),
                new Button(3, "Good", queued.preview().label(Rating.GOOD), 3),
                new Button(4, "Easy", queued.preview().label(Rating.EASY), 4));
        int studied = study.studiedToday();
        int left = queued.remaining().total();
        Progress progress = new Progress(queued.remaining(), studied, studied + left == 0 ? 0 : 100 * studied / (studied + left));
        String here = Paths.review(scope);
        String watchUrl = here + (here.contains("?") ? "&" : "?") + "reveal&watch#player";
        Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("title", "Review");
        model.put("card", card);
        model.put("buttons", buttons);
        model.put("progress", progress);
        model.put("scope", scope.text());
        model.put("revealed", ctx.queryParam("reveal") != null);
        model.put("watch", ctx.queryParam("watch") != null);
        model.put("watchUrl", watchUrl);
        model.put("here", here);
        model.put("nav", "review");
        // The page of a card is the same on every request but for its token and when it was shown.
        html.renderKept(ctx, "review", model, Map.of("shownAt", String.valueOf(System.currentTimeMillis())));
    }

    void answer(Context ctx) {
        CardScope scope = Forms.scope(ctx.formParam("scope"));
        CardId card = Forms.card(ctx.formParam("card"));
        Rating rating = Forms.rating(ctx.formParam("rating"));
        int reps = Forms.count("reps", ctx.formParam("reps"));
        Duration spent = Forms.timeSpent(ctx.formParam("elapsed"), ctx.formParam("shownAt"));
        try {
            study.answer(card, rating, reps, spent);
        } catch (StaleAnswerException e) {
            // The same answer arrived twice (a double click): it was recorded once; show the next card.
        }
        ctx.redirect(Paths.review(scope), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void undo(Context ctx) {
        CardScope scope = Forms.scope(ctx.formParam("scope"));
        study.undo();
        ctx.redirect(Paths.review(scope) + (Paths.review(scope).contains("?") ? "&" : "?") + "reveal", io.javalin.http.HttpStatus.SEE_OTHER);
    }

}
