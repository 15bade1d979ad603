package dev.cuecards.cards;

import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteParser;
import java.util.List;

/** Builds notes and generates their cards for tests. */
final class Cards {

    private Cards() {
    }

    static String a(String time) {
        return "<a class=\"yt-timestamp\" data-t=\"" + time + "\">[" + time + "]</a>";
    }

    static Note note(String path, String title, String... body) {
        return NoteParser.parse(path, "---\ntitle: " + title + "\nvideoId: abcdefghijk\n---\n\nFrom: [[testchannel]]\n\n"
                + String.join("\n", body) + "\n", "hash");
    }

    static List<CardDraft> generate(Note note) {
        return new CardGenerator(List.of(note), GeneratorSettings.DEFAULTS).generate(note);
    }

    static List<CardDraft> ofKind(List<CardDraft> cards, CardKind kind) {
        return cards.stream().filter(c -> c.kind() == kind).toList();
    }
}
