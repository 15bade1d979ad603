package dev.cuecards.notes;

import static dev.cuecards.notes.Markdown.a;
import static dev.cuecards.notes.Markdown.note;
import static dev.cuecards.notes.Markdown.parse;
import static dev.cuecards.notes.Markdown.reasons;
import static dev.cuecards.notes.Markdown.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoteParserTest {

    @Test
    void front_matter_gives_title_and_video_and_the_from_line_the_channel() {
        Note note = parse("---\ntitle: \"AWS: origin stories\"\nvideoId: E1cxZuHrwZc\n---\n\nFrom: [[acquiredFM]] <br/> \n\nA claim " + a("00:00:01") + ".\n");

        assertThat(note.title()).isEqualTo("AWS: origin stories");
        assertThat(note.videoId()).map(VideoId::value).contains("E1cxZuHrwZc");
        assertThat(note.channel()).contains("acquiredFM");
        assertThat(note.channelKey()).contains("acquiredfm");
        assertThat(note.id()).isEqualTo(new NoteId("test"));
        assertThat(note.problems()).isEmpty();
    }

    @Test
    void a_from_line_followed_directly_by_a_preamble_or_a_heading_is_not_a_claim() {
        Note preamble = parse("---\ntitle: T\nvideoId: abcdefghijk\n---\n\nfrom: [[Bankless]] <br/> \nHere is the article:\n\nReal claim.\n");
        Note heading = parse("---\ntitle: T\nvideoId: abcdefghijk\n---\n\nFROM: [[asianometry]] <br/> \n## Heading\n\nReal claim.\n");

        assertThat(texts(preamble)).containsExactly("Real claim.");
        assertThat(preamble.channel()).contains("Bankless");
        assertThat(texts(heading)).containsExactly("Real claim.");
        assertThat(heading.channel()).contains("asianometry");
    }

    @Test
    void a_note_without_front_matter_is_read_and_reported_with_a_title_from_its_first_heading() {
        Note note = parse("# Graph databases\n\nThey store edges " + a("00:00:01") + ".");

        assertThat(note.title()).isEqualTo("Graph databases");
        assertThat(note.videoId()).isEmpty();
        assertThat(texts(note)).containsExactly("They store edges.");
        assertThat(reasons(note)).anyMatch(r -> r.startsWith("no front matter")).anyMatch(r -> r.startsWith("missing or empty videoId"));
    }

    @Test
    void a_note_without_title_or_heading_takes_its_file_name() {
        Note note = NoteParser.parse("sub/graph-databases.md", "---\nvideoId: abcdefghijk\n---\nText.", "h");

        assertThat(note.title()).isEqualTo("Graph databases");
        assertThat(note.id()).isEqualTo(new NoteId("sub/graph-databases"));
        assertThat(reasons(note)).anyMatch(r -> r.contains("no title in the front matter"));
    }

    @Test
    void an_empty_or_malformed_video_id_is_reported_and_not_linked() {
        Note empty = parse("---\ntitle: T\nvideoId:\n---\nText.");
        Note malformed = parse("---\ntitle: T\nvideoId: not a video\n---\nText.");

        assertThat(empty.videoId()).isEmpty();
        assertThat(reasons(empty)).anyMatch(r -> r.startsWith("missing or empty videoId"));
        assertThat(malformed.videoId()).isEmpty();
        assertThat(reasons(malformed)).anyMatch(r -> r.contains("'not a video' is not an 11-character YouTube id"));
    }

    @Test
    void unclosed_front_matter_is_reported() {
        Note note = parse("---\ntitle: T\nvideoId: abcdefghijk\n\nText " + a("00:00:01") + ".");

        assertThat(reasons(note)).anyMatch(r -> r.contains("not closed"));
        assertThat(note.title()).isEqualTo("T");
        assertThat(note.videoId()).map(VideoId::value).contains("abcdefghijk");
        assertThat(texts(note)).containsExactly("Text.");
    }

    @Test
    void a_note_without_a_trailing_newline_or_with_windows_line_ends_reads_the_same() {
        Note unix = parse("---\ntitle: T\nvideoId: abcdefghijk\n---\n\nOne " + a("00:00:01") + ". Two " + a("00:00:02") + ".");
        Note windows = parse("---\r\ntitle: T\r\nvideoId: abcdefghijk\r\n---\r\n\r\nOne " + a("00:00:01") + ". Two " + a("00:00:02") + ".\r\n");

        assertThat(texts(unix)).containsExactly("One.", "Two.");
        assertThat(texts(windows)).containsExactly("One.", "Two.");
        assertThat(windows.title()).isEqualTo("T");
    }

    @Test
    void a_note_whose_times_are_minutes_written_as_hours_is_read_as_minutes_and_seconds_and_told_so() {
        Note note = parse(note("A " + a("05:37:00") + ". B " + a("05:58:00") + ". C " + a("00:42:00") + ". D " + a("11:01:00") + "."));

        assertThat(note.claims()).extracting(Markdown::seconds).containsExactly(List.of(337), List.of(358), List.of(42), List.of(661));
        assertThat(reasons(note)).filteredOn(r -> r.contains("read as minutes and seconds")).singleElement()
                .satisfies(r -> assertThat(r).contains("3 of the 3 times past the hour", "05:37:00 as 5:37"));
    }

    @Test
    void a_run_of_minutes_written_as_hours_among_real_hour_times_is_read_as_its_neighbours_show() {
        // A long podcast whose first minutes are written one field too far left, the rest as they should be.
        Note note = parse(note("A " + a("01:17:17") + ". B " + a("03:56:00") + ". C " + a("04:05:00") + ". D " + a("04:26:00")
                + ". E " + a("06:36:00") + ". F " + a("00:07:15") + ". G " + a("00:59:40") + ". H " + a("01:40:04")
                + ". I " + a("01:43:00") + ". J " + a("01:45:17") + ". K " + a("01:50:12") + ". L " + a("01:55:40")
                + ". M " + a("02:01:09") + ". N " + a("02:05:51") + ". O " + a("02:10:00") + ". P " + a("02:12:31") + "."));

        assertThat(note.claims()).extracting(Markdown::seconds).containsExactly(List.of(4637), List.of(236), List.of(245),
                List.of(266), List.of(396), List.of(435), List.of(3580), List.of(6004), List.of(6180), List.of(6317),
                List.of(6612), List.of(6940), List.of(7269), List.of(7551), List.of(7800), List.of(7951));
        assertThat(reasons(note)).filteredOn(r -> r.contains("read as minutes and seconds")).singleElement()
                .satisfies(r -> assertThat(r).contains("4 times ending in :00", "as the times around them are", "03:56:00 as 3:56"));
    }

    @Test
    void one_time_out_of_order_is_left_as_written() {
        Note note = parse(note("A " + a("00:02:04") + ". B " + a("01:12:00") + ". C " + a("00:02:31") + ". D " + a("00:03:10") + "."));

        assertThat(note.claims()).extracting(Markdown::seconds).containsExactly(List.of(124), List.of(4320), List.of(151), List.of(190));
        assertThat(reasons(note)).noneMatch(r -> r.contains("minutes and seconds"));
    }

    @Test
    void a_note_with_real_hour_times_keeps_them() {
        Note note = parse(note("A " + a("00:57:29") + ". B " + a("01:01:34") + ". C " + a("01:00:00") + ". D " + a("01:13:08") + "."));

        assertThat(note.claims()).extracting(Markdown::seconds).containsExactly(List.of(3449), List.of(3694), List.of(3600), List.of(4388));
        assertThat(reasons(note)).noneMatch(r -> r.contains("minutes and seconds"));
    }

    @Test
    void in_a_note_of_minutes_written_as_hours_a_time_with_seconds_stays_as_written_unless_it_would_be_far_too_late() {
        Note note = parse(note("A " + a("08:05:00") + ". B " + a("52:11:00") + ". C " + a("01:03:30") + ". D " + a("00:00:39")
                + ". E " + a("04:45:10") + "."));

        assertThat(note.claims()).extracting(Markdown::seconds)
                .containsExactly(List.of(485), List.of(3131), List.of(3810), List.of(39), List.of(285));
    }

    @Test
    void a_single_implausibly_late_time_is_reported_at_its_line() {
        Note note = parse(note("Early " + a("00:01:00") + ". Early " + a("00:02:07") + ". Late " + a("51:01:07") + "."));

        assertThat(note.problems()).anySatisfy(p -> {
            assertThat(p.reason()).contains("51:01:07 is more than 10 hours");
            assertThat(p.line()).isEqualTo(8);
        });
    }

    @Test
    void a_note_with_no_sentences_is_reported() {
        Note note = parse("---\ntitle: T\nvideoId: abcdefghijk\n---\n\n## Only a heading\n");

        assertThat(note.claims()).isEmpty();
        assertThat(reasons(note)).anyMatch(r -> r.startsWith("no claims found"));
    }

    @Test
    void the_role_of_a_prose_sentence_is_sentence() {
        Note note = parse(note("Plain prose " + a("00:00:01") + "."));

        assertThat(note.claims().get(0).role()).isEqualTo(new ClaimRole.Sentence());
        assertThat(note.claims().get(0).inherited()).isEqualTo(Optional.empty());
    }
}
