package dev.cuecards.cards;

import static dev.cuecards.cards.Cards.a;
import static dev.cuecards.cards.Cards.note;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.notes.Note;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CardGeneratorTest {

    private static final String[] BODY = {
        "## Key ML Offerings",
        "*   **Sagemaker**: Amazon has announced Sagemaker as a key ML offering " + a("00:00:18") + ".",
        "*   **TensorFlow Support**: AWS runs TensorFlow, an ML framework originally created by Google " + a("00:00:26") + ".",
        "",
        "Nvidia was founded in 1993 by three engineers in California " + a("00:04:45") + ".",
    };

    @Test
    void the_same_note_gives_the_same_cards_byte_for_byte() {
        Note note = note("ml.md", "Machine learning at Amazon", BODY);

        List<CardDraft> first = Cards.generate(note);
        List<CardDraft> second = Cards.generate(note("ml.md", "Machine learning at Amazon", BODY));

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void editing_a_claims_wording_but_not_its_key_phrase_keeps_the_card_id() {
        Note before = note("ml.md", "Machine learning at Amazon", BODY);
        String[] edited = BODY.clone();
        edited[4] = "Nvidia was started in 1993 by three young engineers in a diner " + a("00:04:45") + ".";

        CardDraft original = clozeOn(Cards.generate(before), "1993");
        CardDraft reworded = clozeOn(Cards.generate(note("ml.md", "Machine learning at Amazon", edited)), "1993");

        assertThat(reworded.front()).isNotEqualTo(original.front());
        assertThat(reworded.id()).isEqualTo(original.id());
    }

    @Test
    void moving_the_timestamp_or_changing_the_answer_gives_a_new_id() {
        CardDraft original = clozeOn(Cards.generate(note("ml.md", "Machine learning at Amazon", BODY)), "1993");
        String[] moved = BODY.clone();
        moved[4] = moved[4].replace("00:04:45", "00:04:46");
        String[] answered = BODY.clone();
        answered[4] = answered[4].replace("1993", "1994");

        assertThat(clozeOn(Cards.generate(note("ml.md", "Machine learning at Amazon", moved)), "1993").id()).isNotEqualTo(original.id());
        assertThat(clozeOn(Cards.generate(note("ml.md", "Machine learning at Amazon", answered)), "1994").id()).isNotEqualTo(original.id());
    }

    @Test
    void another_notes_edit_leaves_this_notes_ids_alone() {
        Note kept = note("ml.md", "Machine learning at Amazon", BODY);
        Note other = note("other.md", "Other", "Redis is an in-memory database used as a cache " + a("06:25") + ".");
        Note otherEdited = note("other.md", "Other", "Redis is an in-memory database mostly used as a cache " + a("06:25") + ".");

        List<CardDraft> before = new CardGenerator(List.of(kept, other), GeneratorSettings.DEFAULTS).generate(kept);
        List<CardDraft> after = new CardGenerator(List.of(kept, otherEdited), GeneratorSettings.DEFAULTS).generate(kept);

        assertThat(after).extracting(CardDraft::id).isEqualTo(before.stream().map(CardDraft::id).toList());
    }

    @Test
    void ids_are_unique_within_a_note() {
        List<CardDraft> cards = Cards.generate(note("ml.md", "Machine learning at Amazon", BODY));

        assertThat(cards).extracting(CardDraft::id).doesNotHaveDuplicates();
    }

    @Test
    void the_limits_per_claim_and_per_note_hold() {
        String[] many = IntStream.range(0, 40).mapToObj(i -> "Company " + (char) ('A' + i % 26) + i
                + " was founded in " + (1950 + i) + " by engineers from Kodak and later moved to Ohio " + a(String.format("00:%02d:00", i)) + ".\n")
                .toArray(String[]::new);
        Note note = note("many.md", "Many companies", many);

        List<CardDraft> capped = new CardGenerator(List.of(note), new GeneratorSettings(2, 25)).generate(note);

        assertThat(capped).hasSize(25);
        assertThat(capped.stream().collect(java.util.stream.Collectors.groupingBy(CardDraft::claimIndex)).values())
                .allSatisfy(group -> assertThat(group).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void a_note_without_timestamps_still_gives_cards_linking_to_the_videos_start() {
        Note note = note("untimed.md", "Untimed", "Nvidia was founded in 1993 by three engineers in California.");

        List<CardDraft> cards = Cards.generate(note);

        assertThat(cards).isNotEmpty().allSatisfy(card -> {
            assertThat(card.source().seconds()).isEmpty();
            assertThat(card.source().url()).contains("https://www.youtube.com/watch?v=abcdefghijk");
        });
    }

    private static CardDraft clozeOn(List<CardDraft> cards, String answer) {
        return cards.stream().filter(c -> c.kind() == CardKind.CLOZE && c.answer().equals(answer)).findFirst()
                .orElseThrow(() -> new AssertionError("no cloze on " + answer + " in " + cards));
    }
}
