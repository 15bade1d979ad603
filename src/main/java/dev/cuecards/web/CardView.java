package dev.cuecards.web;

import dev.cuecards.cards.CardDraft;
import dev.cuecards.cards.CardKind;
import dev.cuecards.store.StoredCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A card as the review page shows it: the front cut around its gap so the template can mark the gap without
 * printing HTML, and the way back to the source: the moment's link, the embeddable player and the note's line.
 */
record CardView(String id, String kind, String kindLabel, String context, List<Part> front, String answer, String back,
                String claim, List<String> options, String sourceLabel, String sourceUrl, String embedUrl,
                String noteUrl, int reps) {

    /** A stretch of the front: plain text, or the gap. */
    record Part(String text, boolean gap) {
    }

    /** @param nextMoment when the next claim begins, where the embedded player stops */
    static CardView of(StoredCard stored, Optional<Integer> nextMoment) {
        CardDraft card = stored.draft();
        Optional<Integer> seconds = card.source().seconds();
        String embed = card.source().videoId().map(video -> "https://www.youtube-nocookie.com/embed/" + video.value()
                + "?start=" + seconds.orElse(0) + nextMoment.map(end -> "&end=" + end).orElse("")
                + "&autoplay=1&rel=0").orElse(null);
        String noteUrl = Paths.note(card.note()) + "#line-" + card.source().line();
        return new CardView(card.id().value(), card.kind().jsonName(), label(card.kind()), card.context(), parts(card.front()),
                card.answer(), card.back(), card.source().claim(), card.options(),
                seconds.map(s -> "▶ " + card.source().timestamp().orElse("")).orElse("▶ Video"),
                card.source().url().orElse(null), embed, noteUrl, stored.schedule().reps());
    }

    static List<Part> parts(String front) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        int gap = front.indexOf("[...]");
        while (gap >= 0) {
            if (gap > from) {
                parts.add(new Part(front.substring(from, gap), false));
            }
            parts.add(new Part("…", true));
            from = gap + "[...]".length();
            gap = front.indexOf("[...]", from);
        }
        if (from < front.length()) {
            parts.add(new Part(front.substring(from), false));
        }
        return List.copyOf(parts);
    }

    static String label(CardKind kind) {
        return switch (kind) {
            case TERM -> "Term";
            case CLOZE -> "Fill the gap";
            case DEFINITION -> "Definition";
            case ACRONYM -> "Acronym";
            case EXPLAIN -> "Explain";
            case COMPARE -> "Compare";
            case LIST -> "List";
            case CHOICE -> "Multiple choice";
        };
    }
}
