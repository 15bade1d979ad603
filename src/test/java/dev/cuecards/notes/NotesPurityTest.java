package dev.cuecards.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the arrows pointing one way: reading notes knows nothing of storage, the web or the other packages. */
class NotesPurityTest {

    @Test
    void the_notes_package_imports_no_storage_web_or_sibling_package() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/cuecards/notes"))) {
            imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(NotesPurityTest::lines)
                    .filter(l -> l.startsWith("import ")).toList();
        }

        assertThat(imports).isNotEmpty().noneMatch(l -> l.contains("java.sql") || l.contains("io.javalin")
                || l.contains("dev.cuecards.") && !l.contains("dev.cuecards.notes."));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(file.toString(), e);
        }
    }
}
