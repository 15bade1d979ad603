package dev.cuecards.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The clock and zone are parameters of {@code study} and {@code store}: neither reads the machine's, nor uses web or cli. */
class StudyPurityTest {

    private static final List<Pattern> FORBIDDEN = Stream.of(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\(", "Clock\\.system",
            "currentTimeMillis", "ZoneId\\.systemDefault", "TimeZone\\.getDefault", "import io\\.javalin",
            "import dev\\.cuecards\\.(web|cli)")
            .map(Pattern::compile)
            .collect(Collectors.toList());

    @Test
    void study_and_store_take_time_from_the_clock_they_are_given() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/main/java/dev/cuecards/study")),
                Files.walk(Path.of("src/main/java/dev/cuecards/store")))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }

        assertThat(files).hasSizeGreaterThan(15);
        for (Path file : files) {
            String source = Files.readString(file);
            assertThat(FORBIDDEN).as(file.toString()).noneMatch(pattern -> pattern.matcher(source).find());
        }
    }
}
