package dev.cuecards.cards;

import java.util.LinkedHashMap;
import java.util.Map;

/** A card as the design's card JSON (in {@code generate --out} and the review API), as maps in a stable field order. */
public final class CardJson {

    private CardJson() {
    }

    public static Map<String, Object> of(CardDraft card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", card.id().value());
        json.put("note", card.note().value());
        json.put("kind", card.kind().jsonName());
        json.put("context", card.context());
        json.put("front", card.front());
        json.put("back", card.back());
        json.put("answer", card.answer());
        if (!card.options().isEmpty()) {
            json.put("options", card.options());
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("videoId", card.source().videoId().map(Object::toString).orElse(null));
        source.put("seconds", card.source().seconds().orElse(null));
        source.put("timestamp", card.source().timestamp().orElse(null));
        source.put("url", card.source().url().orElse(null));
        source.put("claim", card.source().claim());
        json.put("source", source);
        return json;
    }
}
