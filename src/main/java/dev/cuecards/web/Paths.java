package dev.cuecards.web;

import dev.cuecards.notes.NoteId;
import dev.cuecards.store.CardScope;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The app's URLs, built in one place. */
final class Paths {

    private Paths() {
    }

    /** A note's page: each segment of its id URL-encoded. */
    static String note(NoteId id) {
        StringBuilder url = new StringBuilder("/notes");
        for (String segment : id.value().split("/")) {
            url.append('/').append(encode(segment));
        }
        return url.toString();
    }

    /** The review page for a scope. */
    static String review(CardScope scope) {
        return scope == CardScope.ALL ? "/review" : "/review?scope=" + encode(scope.text());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
