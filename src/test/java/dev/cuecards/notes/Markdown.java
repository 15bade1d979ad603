package dev.cuecards.notes;

import java.util.List;

/** Builds note text for tests in the vault's format. */
final class Markdown {

    private Markdown() {
    }

    /** A timestamp anchor as note tools write it. */
    static String a(String time) {
        return "<a class=\"yt-timestamp\" data-t=\"" + time + "\">[" + time + "]</a>";
    }

    /** A note with front matter and a channel line, then the given body lines. */
    static String note(String... body) {
        return "---\ntitle: Test note\nvideoId: abcdefghijk\n---\n\nFrom: [[testchannel]] <br/>\n\n" + String.join("\n", body) + "\n";
    }

    static Note parse(String text) {
        return NoteParser.parse("test.md", text, "hash");
    }

    static List<String> texts(Note note) {
        return note.claims().stream().map(Claim::text).toList();
    }

    static List<Integer> seconds(Claim claim) {
        return claim.timestamps().stream().map(Timestamp::seconds).toList();
    }

    static Claim claim(Note note, String startOfText) {
        return note.claims().stream().filter(c -> c.text().startsWith(startOfText)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting with '" + startOfText + "' in " + texts(note)));
    }

    static List<String> reasons(Note note) {
        return note.problems().stream().map(NoteProblem::reason).toList();
    }
}
