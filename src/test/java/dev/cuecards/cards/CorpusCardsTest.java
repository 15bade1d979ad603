package dev.cuecards.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cuecards.notes.Claim;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.Timestamp;
import dev.cuecards.notes.VaultReader;
import dev.cuecards.notes.VaultReading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gates over the development corpus, when it sits beside the checkout. */
class CorpusCardsTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "dev");
    private static VaultReading reading;
    private static List<CardDraft> cards;

    /** Reads and generates once; each test calls it, so each is reported as skipped, with the reason, without the corpus. */
    @BeforeEach
    void generate() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "the development corpus " + CORPUS + " is not beside this checkout");
        if (reading != null) {
            return;
        }
        reading = VaultReader.read(CORPUS);
        CardGenerator generator = new CardGenerator(reading.notes(), GeneratorSettings.DEFAULTS);
        cards = new ArrayList<>();
        reading.notes().forEach(note -> cards.addAll(generator.generate(note)));
    }

    @Test
    void every_note_gives_cards_and_a_share_of_each_videos_moments_back_one() {
        int moments = 0;
        int backed = 0;
        for (Note note : reading.notes()) {
            Set<Integer> own = new HashSet<>();
            note.claims().forEach(c -> c.timestamps().forEach(t -> own.add(t.seconds())));
            Set<Integer> linked = new HashSet<>();
            cards.stream().filter(c -> c.note().equals(note.id())).forEach(c -> c.source().seconds().ifPresent(linked::add));
            assertThat(linked).as(note.relativePath()).isNotEmpty();
            int ofNote = own.size();
            moments += ofNote;
            own.retainAll(linked);
            backed += own.size();
            // Regression floors, below the targets (85 % of moments, 50 % for the lowest note) that the generator does
            // not reach on this corpus: it leaves a moment without a card rather than gap filler, and
            // docs/CARD-QUALITY.md reports the measured figures. (Version 5 took the floor from 15 % to 10 %: the
            // WordPress note's gaps on "API" and "URL", acronyms everyone knows, went; version 8 took the whole's from
            // 35 % to 30 %: phrases of words all commonly said, "soaring profits", "media outlets", went; and a
            // note's from 10 % to 5 %: the Next.js note's one other card was "How does Pages Router differ from JSON?";
            // version 10 took the whole's from 30 % to 25 %: answers three channels of vault-5k say, "Civil War",
            // "Google Drive", went, and a phrase said before one moment no longer stands in for another moment's.)
            assertThat((double) own.size() / ofNote).as(note.relativePath()).isGreaterThanOrEqualTo(0.05);
        }

        assertThat((double) backed / moments).isGreaterThanOrEqualTo(0.25);
    }

    @Test
    void no_card_breaks_a_gate_and_every_source_is_one_of_its_claims_moments() {
        for (CardDraft card : cards) {
            Note note = reading.notes().stream().filter(n -> n.id().equals(card.note())).findFirst().orElseThrow();
            Claim claim = note.claims().get(card.claimIndex());
            Set<Integer> moments = new HashSet<>();
            claim.timestamps().forEach(t -> moments.add(t.seconds()));
            claim.inherited().map(Timestamp::seconds).ifPresent(moments::add);
            if (moments.isEmpty()) {
                note.claims().stream().filter(c -> c.sectionPath().equals(claim.sectionPath()))
                        .forEach(c -> c.timestamps().forEach(t -> moments.add(t.seconds())));
            }

            assertThat(card.front() + card.back() + card.answer()).as(card.id().value()).doesNotContain("[[", "<a", "data-t", "**");
            card.source().seconds().ifPresent(s -> assertThat(moments).as(card.id().value()).contains(s));
            if (card.kind() == CardKind.CLOZE || card.kind() == CardKind.CHOICE) {
                assertThat(card.front()).contains("[...]");
                String answer = QualityGates.normalise(card.answer());
                if (answer.strip().length() >= 3) {
                    assertThat(QualityGates.normalise(card.front())).as(card.id().value()).doesNotContain(answer);
                }
            }
            if (card.kind() == CardKind.CHOICE) {
                assertThat(QualityGates.optionsHold(card.options(), card.answer())).as(card.id().value()).isTrue();
            }
        }
    }

    @Test
    void at_least_six_kinds_occur_and_almost_no_front_opens_with_a_pronoun() {
        Set<CardKind> kinds = EnumSet.noneOf(CardKind.class);
        cards.forEach(c -> kinds.add(c.kind()));
        long pronouns = cards.stream().filter(c -> Referents.opensWithPronoun(c.front())).count();

        assertThat(kinds).hasSizeGreaterThanOrEqualTo(6);
        assertThat((double) pronouns / cards.size()).isLessThan(0.05);
    }
}
