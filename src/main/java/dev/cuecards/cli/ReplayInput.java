package dev.cuecards.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.ReplayEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A review history as read from JSON lines {@code {"card":"c1","rating":3,"time":"2026-01-01T10:00:00Z"}}: the
 * events of the good lines with their line numbers, and a problem for every bad line. Blank lines are skipped but
 * counted, so line numbers are those an editor shows.
 */
record ReplayInput(List<ReplayEvent> events, List<Integer> lineNumbers, List<InputProblem> problems) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    ReplayInput {
        events = List.copyOf(events);
        lineNumbers = List.copyOf(lineNumbers);
        problems = List.copyOf(problems);
    }

    /** Reads every line of {@code content} (UTF-8, lines ending in LF or CRLF). */
    static ReplayInput parse(byte[] content) {
        List<ReplayEvent> events = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        int start = 0;
        for (int line = 1; start < content.length; line++) {
            int end = indexOfNewline(content, start);
            try {
                String text = decode(content, start, end, line == 1);
                if (!text.isBlank()) {
                    events.add(event(text));
                    lineNumbers.add(line);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(line, e.getMessage()));
            }
            start = end + 1;
        }
        return new ReplayInput(events, lineNumbers, problems);
    }

    private static int indexOfNewline(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return content.length;
    }

    // Decoded line by line, so one bad byte sequence is reported at its own line and the others are still read.
    private static String decode(byte[] content, int start, int end, boolean firstLine) {
        int length = end - start;
        if (length > 0 && content[end - 1] == '\r') {
            length--;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text", e);
        }
        // Some editors start a UTF-8 file with a byte order mark.
        return firstLine && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ReplayEvent event(String text) {
        JsonNode node = readOneValue(text);
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object like {\"card\":\"c1\",\"rating\":3,"
                    + "\"time\":\"2026-01-01T10:00:00Z\"}, got " + abbreviate(node.toString()));
        }
        return new ReplayEvent(card(field(node, "card")), rating(field(node, "rating")), time(field(node, "time")));
    }

    private static JsonNode readOneValue(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonNode node = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("malformed JSON: more than one value on the line");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage().lines().findFirst()
                    .orElse("unreadable"), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private static JsonNode field(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field \"" + name + "\"");
        }
        return value;
    }

    private static String card(JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("card must be a non-blank string, got " + abbreviate(value.toString()));
        }
        return value.asText();
    }

    private static Rating rating(JsonNode value) {
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException("rating must be a whole number 1..4, got "
                    + abbreviate(value.toString()));
        }
        if (!value.canConvertToInt()) {
            throw new IllegalArgumentException("rating must be 1..4, got " + abbreviate(value.toString()));
        }
        return Rating.of(value.intValue());
    }

    private static Instant time(JsonNode value) {
        String hint = "time must be an ISO-8601 instant like 2026-01-01T10:00:00Z, got ";
        if (!value.isTextual()) {
            throw new IllegalArgumentException(hint + abbreviate(value.toString()));
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(hint + abbreviate(value.toString()), e);
        }
    }

    // Keeps one problem on one readable line even when a value is huge.
    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
