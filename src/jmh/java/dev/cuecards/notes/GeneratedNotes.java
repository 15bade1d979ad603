package dev.cuecards.notes;

/**
 * Notes made up for the reading benchmarks, of a given size: ordinary ones (a note's usual mix; one paragraph of
 * sentences with anchors) and pathological ones (a run of one markup fragment, or lines of it).
 */
public final class GeneratedNotes {

    private static final String FRONT = "---\ntitle: Generated\nvideoId: abcdefghijk\n---\n\nFrom: [[bench]] <br/>\n\n";

    private GeneratedNotes() {
    }

    private static String anchor(int second) {
        String time = String.format("%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60);
        return "<a class=\"yt-timestamp\" data-t=\"" + time + "\">[" + time + "]</a>";
    }

    /** A note of about {@code kilobytes} KB of the given kind. */
    public static String of(String kind, int kilobytes) {
        int bytes = kilobytes * 1024;
        StringBuilder note = new StringBuilder(FRONT);
        int i = 0;
        while (note.length() < bytes) {
            note.append(unit(kind, i++));
        }
        return note.toString();
    }

    private static String unit(String kind, int i) {
        String sentence = "Claim number " + i + " says something about [[topic " + (i % 50) + " | a topic]] and **a term** "
                + anchor(i % 36_000) + ". ";
        return switch (kind) {
            case "note" -> (i % 20 == 0 ? "## Section " + i + "\n\n" : "") + sentence + sentence + "\n\n"
                    + "*   **Term " + i + "**: " + sentence + "\n*   Item " + sentence + "\n\n"
                    + (i % 10 == 0 ? "| Name | Use |\n|---|---|\n| Row " + i + " | " + sentence.strip() + " |\n\n" : "")
                    + (i % 15 == 0 ? "> [!NOTE] Callout " + i + "\n> " + sentence + "\n\n" : "");
            case "paragraph" -> sentence;
            case "lines" -> sentence + "\n";
            case "link-run" -> "[a](";
            case "sup-run" -> "<sup>";
            case "bold-run" -> "**a ";
            case "wiki-run" -> "[[a ";
            case "code-run" -> "`a ";
            case "anchor-run" -> anchor(i % 60) + ", ";
            case "link-lines" -> "[a](\n";
            case "deep-lists" -> "  ".repeat(i % 500) + "- item " + i + " " + anchor(i % 600) + "\n";
            default -> throw new IllegalArgumentException("no such kind of note: " + kind);
        };
    }
}
