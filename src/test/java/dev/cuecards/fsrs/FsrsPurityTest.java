package dev.cuecards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps {@code fsrs} pure arithmetic (STYLE "The scheduler is arithmetic"): no storage, web, clock or shared Random. */
class FsrsPurityTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/cuecards/fsrs");

    private static final List<Pattern> FORBIDDEN = Stream.of(
            "import java\\.sql", "import io\\.javalin", "import dev\\.cuecards\\.", "java\\.util\\.Random",
            "\\bClock\\b", "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\(",
            "currentTimeMillis", "nanoTime", "System\\.(out|err)", "Logger", "ZoneId\\.systemDefault")
            .map(Pattern::compile)
            .collect(Collectors.toList());

    @Test
    void scheduler_sources_use_no_storage_web_clock_logging_or_shared_random() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }

        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            String source = Files.readString(file);
            assertThat(FORBIDDEN).as(file.toString()).noneMatch(pattern -> pattern.matcher(source).find());
        }
    }
}
