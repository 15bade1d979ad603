package dev.cuecards.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cuecards.cards.CardId;
import dev.cuecards.cards.CardJson;
import dev.cuecards.fsrs.IntervalLabel;
import dev.cuecards.fsrs.Outcome;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.store.CardScope;
import dev.cuecards.store.StoredCard;
import dev.cuecards.study.Answered;
import dev.cuecards.study.QueuedCard;
import dev.cuecards.study.StaleAnswerException;
import dev.cuecards.study.Study;
import dev.cuecards.study.Videos;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The JSON review API of the design: next card with its previews, answer against a review count, undo. */
final class ReviewApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Study study;
    private final Videos videos;

    ReviewApi(Study study, Videos videos) {
        this.study = study;
        this.videos = videos;
    }

    void next(Context ctx) {
        CardScope scope = Forms.knownScope(ctx.queryParam("scope"), videos);
        Optional<QueuedCard> next = study.next(scope);
        if (next.isEmpty()) {
            ctx.status(204);
            return;
        }
        QueuedCard queued = next.get();
        Map<String, Object> card = new LinkedHashMap<>(CardJson.of(queued.card().draft()));
        card.put("reps", queued.card().schedule().reps());
        Map<String, Object> preview = new LinkedHashMap<>();
        for (Rating rating : Rating.values()) {
            Outcome outcome = queued.preview().of(rating);
            preview.put(rating.name().toLowerCase(), Map.of("due", outcome.due().toString(),
                    "interval", IntervalLabel.between(queued.preview().reviewedAt(), outcome.due())));
        }
        Map<String, Object> remaining = new LinkedHashMap<>();
        remaining.put("new", queued.remaining().newCards());
        remaining.put("learning", queued.remaining().learning());
        remaining.put("review", queued.remaining().review());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("card", card);
        body.put("preview", preview);
        body.put("remaining", remaining);
        json(ctx, 200, body);
    }

    void answer(Context ctx) {
        JsonNode body = body(ctx);
        CardId card = Forms.card(text(body, "card"));
        Rating rating = Forms.rating(text(body, "rating"));
        int reps = Forms.count("reps", text(body, "reps"));
        Duration spent = Forms.timeSpent(text(body, "elapsed"));
        try {
            Answered answered = study.answer(card, rating, reps, spent);
            json(ctx, 200, state(answered.card()));
        } catch (StaleAnswerException e) {
            json(ctx, 409, Map.of("error", "this answer was already recorded: card " + card + " has " + e.actualReps()
                    + " reviews, the answer was made against " + reps));
        }
    }

    void undo(Context ctx) {
        Optional<StoredCard> restored = study.undo();
        if (restored.isEmpty()) {
            json(ctx, 404, Map.of("error", "there is no answer to undo"));
            return;
        }
        json(ctx, 200, state(restored.get()));
    }

    private static Map<String, Object> state(StoredCard card) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("card", card.id().value());
        state.put("state", card.schedule().state().toString());
        state.put("due", card.schedule().due().toString());
        state.put("reps", card.schedule().reps());
        return state;
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new Forms.BadValue("body", "the body must be a JSON object such as {\"card\":\"c-1\",\"rating\":3,\"reps\":0}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Forms.BadValue("body", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + ctx.path(), e);
        }
    }
}
