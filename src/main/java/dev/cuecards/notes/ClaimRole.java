package dev.cuecards.notes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a claim stands in the note's structure; the card generator asks different questions of each.
 */
public sealed interface ClaimRole {

    /** A short stable name for the role, as printed by {@code check --json}. */
    String kind();

    /** A sentence of running prose. */
    record Sentence() implements ClaimRole {
        public String kind() {
            return "sentence";
        }
    }

    /** A bulleted list item, with the line that introduced its list when there is one. */
    record ListItem(Optional<String> leadIn, int depth) implements ClaimRole {
        public ListItem {
            Objects.requireNonNull(leadIn, "leadIn");
        }

        public String kind() {
            return "list-item";
        }
    }

    /** An item of a numbered list, with its number and the lead-in of its list. */
    record NumberedStep(int number, Optional<String> leadIn, int depth) implements ClaimRole {
        public NumberedStep {
            Objects.requireNonNull(leadIn, "leadIn");
        }

        public String kind() {
            return "numbered-step";
        }
    }

    /** A list item opening with a bold term ({@code **Term**: description}); the claim holds the description. */
    record TermItem(String term, Optional<Integer> number, Optional<String> leadIn) implements ClaimRole {
        public TermItem {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(leadIn, "leadIn");
        }

        public String kind() {
            return "term-item";
        }
    }

    /** A line in a callout ({@code > [!NOTE] Title}, {@code :::caution Title}, {@code <div class="callout">}). */
    record Callout(String type, Optional<String> title) implements ClaimRole {
        public Callout {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(title, "title");
        }

        public String kind() {
            return "callout";
        }
    }

    /** A row of a table, its cells beside the table's header cells. */
    record TableRow(List<String> headers, List<String> cells) implements ClaimRole {
        public TableRow {
            headers = List.copyOf(headers);
            cells = List.copyOf(cells);
        }

        public String kind() {
            return "table-row";
        }
    }

    /** A sentence quoted from someone, in a block quote that is not a callout. */
    record Quote() implements ClaimRole {
        public String kind() {
            return "quote";
        }
    }

    /** A heading that carries a timestamp of its own. */
    record Heading() implements ClaimRole {
        public String kind() {
            return "heading";
        }
    }

    /** A line of a code block that carries a timestamp. */
    record CodeLine() implements ClaimRole {
        public String kind() {
            return "code";
        }
    }
}
