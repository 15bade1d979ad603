package dev.cuecards.store;

import dev.cuecards.notes.NoteId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which cards a study session draws from: the whole collection, one channel, one video's note, or one section of a
 * note (with its subsections). Written as text in URLs: {@code all}, {@code channel:NAME}, {@code note:ID},
 * {@code section:ID#Heading › Subheading}.
 */
public sealed interface CardScope {

    /** The scope as written in URLs; {@link #parse} reads it back. */
    String text();

    /** A condition on the card {@code c} and its note {@code n}, with its parameters in order. */
    String condition();

    List<Object> parameters();

    CardScope ALL = new All();

    /** Every card. */
    record All() implements CardScope {
        public String text() {
            return "all";
        }

        public String condition() {
            return "1 = 1";
        }

        public List<Object> parameters() {
            return List.of();
        }
    }

    /** The cards of every note from one channel, in any letter case. */
    record Channel(String name) implements CardScope {
        public Channel {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a channel scope needs a channel name");
            }
        }

        public String text() {
            return "channel:" + name;
        }

        public String condition() {
            return "n.channel_key = ?";
        }

        public List<Object> parameters() {
            return List.of(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The cards of one note, that is of one video. */
    record Note(NoteId note) implements CardScope {
        public Note {
            Objects.requireNonNull(note, "note");
        }

        public String text() {
            return "note:" + note.value();
        }

        public String condition() {
            return "c.note_id = ?";
        }

        public List<Object> parameters() {
            return List.of(note.value());
        }
    }

    /** The cards under one heading of a note, subsections included; {@code section} is the headings joined by " › ". */
    record Section(NoteId note, String section) implements CardScope {
        public Section {
            Objects.requireNonNull(note, "note");
            if (section == null || section.isBlank()) {
                throw new IllegalArgumentException("a section scope needs a heading");
            }
        }

        public String text() {
            return "section:" + note.value() + "#" + section;
        }

        public String condition() {
            return "c.note_id = ? AND (c.section = ? OR substr(c.section, 1, length(?)) = ?)";
        }

        public List<Object> parameters() {
            String below = section + Sections.SEPARATOR;
            return List.of(note.value(), section, below, below);
        }
    }

    /**
     * Reads a scope written by {@link #text()}; blank means the whole collection.
     *
     * @throws IllegalArgumentException quoting the text, when it is not a scope
     */
    public static CardScope parse(String text) {
        if (text == null || text.isBlank() || text.equals("all")) {
            return ALL;
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (!List.of("channel", "note", "section").contains(kind)) {
            throw new IllegalArgumentException("scope must be all, channel:NAME, note:ID or section:ID#Heading, got '" + text + "'");
        }
        try {
            return of(kind, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scope '" + text + "' is not valid: " + e.getMessage(), e);
        }
    }

    private static CardScope of(String kind, String value) {
        switch (kind) {
            case "channel":
                return new Channel(value);
            case "note":
                return new Note(new NoteId(value));
            default:
                int hash = value.indexOf('#');
                if (hash < 1) {
                    throw new IllegalArgumentException("a section scope is section:ID#Heading");
                }
                return new Section(new NoteId(value.substring(0, hash)), value.substring(hash + 1));
        }
    }
}
