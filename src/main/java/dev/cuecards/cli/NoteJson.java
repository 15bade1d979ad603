package dev.cuecards.cli;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.NoteProblem;
import dev.cuecards.notes.Section;
import dev.cuecards.notes.Timestamp;
import dev.cuecards.notes.VaultReading;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parsed vault as plain maps and lists, in a stable field order, for {@code check --json}. */
final class NoteJson {

    private NoteJson() {
    }

    static Map<String, Object> of(VaultReading reading) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("notes", reading.notes().stream().map(NoteJson::note).toList());
        json.put("unreadable", reading.unreadable().stream().map(NoteJson::problem).toList());
        return json;
    }

    private static Map<String, Object> note(Note note) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", note.id().value());
        json.put("path", note.relativePath());
        json.put("title", note.title());
        json.put("videoId", note.videoId().map(Object::toString).orElse(null));
        json.put("channel", note.channel().orElse(null));
        json.put("contentHash", note.contentHash());
        json.put("sections", note.sections().stream().map(NoteJson::section).toList());
        json.put("claims", note.claims().stream().map(NoteJson::claim).toList());
        json.put("problems", note.problems().stream().map(NoteJson::problem).toList());
        return json;
    }

    private static Map<String, Object> section(Section section) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", section.path());
        json.put("level", section.level());
        json.put("line", section.line());
        return json;
    }

    private static Map<String, Object> claim(Claim claim) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", claim.text());
        json.put("section", claim.sectionPath());
        json.put("role", role(claim.role()));
        json.put("timestamps", claim.timestamps().stream().map(NoteJson::timestamp).toList());
        json.put("untimed", claim.isUntimed());
        json.put("inherited", claim.inherited().map(NoteJson::timestamp).orElse(null));
        json.put("links", claim.linkTargets());
        json.put("linkTexts", claim.linkTexts());
        json.put("bold", claim.boldTerms());
        json.put("line", claim.line());
        return json;
    }

    private static Map<String, Object> role(ClaimRole role) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", role.kind());
        if (role instanceof ClaimRole.TermItem item) {
            json.put("term", item.term());
            item.number().ifPresent(n -> json.put("number", n));
            item.leadIn().ifPresent(l -> json.put("leadIn", l));
        } else if (role instanceof ClaimRole.NumberedStep step) {
            json.put("number", step.number());
            step.leadIn().ifPresent(l -> json.put("leadIn", l));
        } else if (role instanceof ClaimRole.ListItem item) {
            item.leadIn().ifPresent(l -> json.put("leadIn", l));
            json.put("depth", item.depth());
        } else if (role instanceof ClaimRole.Callout callout) {
            json.put("type", callout.type());
            callout.title().ifPresent(t -> json.put("title", t));
        } else if (role instanceof ClaimRole.TableRow row) {
            json.put("headers", row.headers());
            json.put("cells", row.cells());
        }
        return json;
    }

    private static Map<String, Object> timestamp(Timestamp timestamp) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seconds", timestamp.seconds());
        json.put("time", timestamp.hhmmss());
        json.put("line", timestamp.line());
        return json;
    }

    private static Map<String, Object> problem(NoteProblem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", problem.path());
        json.put("line", problem.line());
        json.put("reason", problem.reason());
        return json;
    }

}
