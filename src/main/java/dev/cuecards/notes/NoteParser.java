package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the markdown of one note into a {@link Note}. Takes the text and a path for messages; never touches the disk.
 * Whatever is wrong in the note becomes a {@link NoteProblem} on it; parsing itself does not fail. Reading takes time
 * linear in the note's size, whatever the note holds.
 */
public final class NoteParser {

    private NoteParser() {
    }

    public static Note parse(String relativePath, String text, String contentHash) {
        return read(relativePath, text, contentHash).note();
    }

    /** Reads a note for its page: the note, and its blocks made of the same pieces as its claims. */
    public static NoteDocument read(String relativePath, String text, String contentHash) {
        List<NoteProblem> problems = new ArrayList<>();
        SourceText source = SourceText.clean(text, relativePath, problems);
        Optional<UnclosedFrontMatter> unclosed = UnclosedFrontMatter.find(source.text());
        String body = unclosed.map(UnclosedFrontMatter::body).orElse(source.text());
        Reading reading = new Reading(relativePath, body);
        ClaimCollector collector = new ClaimCollector(reading);
        NoteWalker walker = new NoteWalker(reading, collector);
        List<Block> blocks = withSkipped(walker.walk(ParseUnits.split(body)), source.skipped());
        FrontMatter front = unclosed.isPresent()
                ? unclosed.get().frontMatter(relativePath, problems)
                : FrontMatter.of(walker.frontMatter(), relativePath, problems);
        StampConvention convention = StampConvention.detect(reading.times());
        if (convention.minutesAsHours() || !convention.shiftedInPlace().isEmpty()) {
            reading.report(0, convention.explanation(reading.times()));
        }
        ClaimAssembly assembly = ClaimAssembly.of(collector.drafts(), convention, reading);
        problems.addAll(reading.problems());
        problems.addAll(TimestampChecks.check(relativePath, assembly.claims()));
        List<Section> sections = walker.sections();
        String title = front.title().orElseGet(() -> fallbackTitle(relativePath, sections, problems));
        if (assembly.claims().isEmpty()) {
            problems.add(new NoteProblem(relativePath, 0, "no claims found: the note has no sentences to learn from"));
        }
        Note note = new Note(NoteId.fromRelativePath(relativePath), relativePath, title, front.videoId(), collector.channel(),
                contentHash, sections, assembly.claims(), byLine(problems));
        return new NoteDocument(note, blocks, assembly.claimOfDraft(), convention);
    }

    /** The stretches not read, placed among the blocks where they stood. */
    private static List<Block> withSkipped(List<Block> blocks, List<Block.Skipped> skipped) {
        if (skipped.isEmpty()) {
            return blocks;
        }
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(skipped);
        all.sort(java.util.Comparator.comparingInt(Block::line));
        return all;
    }

    private static List<NoteProblem> byLine(List<NoteProblem> problems) {
        List<NoteProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(NoteProblem::line));
        return sorted;
    }

    private static String fallbackTitle(String relativePath, List<Section> sections, List<NoteProblem> problems) {
        String title = sections.isEmpty() ? fileTitle(relativePath) : sections.get(0).title();
        problems.add(new NoteProblem(relativePath, 0, "no title in the front matter; using '" + title + "'"));
        return title;
    }

    private static String fileTitle(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        String spaced = name.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? relativePath : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The front matter fields Cuecards reads. */
    record FrontMatter(Optional<String> title, Optional<VideoId> videoId) {

        static FrontMatter of(Optional<Map<String, List<String>>> data, String path, List<NoteProblem> problems) {
            if (data.isEmpty() || data.get().isEmpty()) {
                problems.add(new NoteProblem(path, 1, "no front matter: start the note with title: and videoId: between two --- lines"));
            }
            return of(data.orElse(Map.of()), path, problems);
        }

        static FrontMatter of(Map<String, List<String>> data, String path, List<NoteProblem> problems) {
            Optional<String> title = value(data, "title");
            Optional<String> video = value(data, "videoId");
            if (video.isEmpty()) {
                problems.add(new NoteProblem(path, 1, "missing or empty videoId: cards from this note cannot link to the video"));
            } else if (!VideoId.isValid(video.get())) {
                problems.add(new NoteProblem(path, 1, "videoId '" + video.get() + "' is not an 11-character YouTube id: cards cannot link to the video"));
            }
            return new FrontMatter(title, video.filter(VideoId::isValid).map(VideoId::new));
        }

        private static Optional<String> value(Map<String, List<String>> data, String key) {
            List<String> values = data.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
                    .map(Map.Entry::getValue).findFirst().orElse(List.of());
            return values.stream().map(FrontMatter::unquote).filter(v -> !v.isBlank()).findFirst();
        }

        private static String unquote(String value) {
            String v = value.strip();
            boolean quoted = v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
            return quoted ? v.substring(1, v.length() - 1).strip() : v;
        }
    }
}
