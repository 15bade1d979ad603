package dev.cuecards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cuecards.notes.NoteId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardScopeTest {

    private static final NoteId NOTE = new NoteId("talks/databases");

    @Test
    void every_scope_reads_back_from_its_text() {
        List<CardScope> scopes = List.of(CardScope.ALL, new CardScope.Channel("Hussein"), new CardScope.Note(NOTE),
                new CardScope.Section(NOTE, "Storage engines › B-trees"));

        List<CardScope> read = scopes.stream().map(scope -> CardScope.parse(scope.text())).toList();

        assertThat(read).isEqualTo(scopes);
        assertThat(CardScope.parse("")).isEqualTo(CardScope.ALL);
        assertThat(CardScope.parse(null)).isEqualTo(CardScope.ALL);
    }

    @Test
    void unknown_scope_text_is_refused_with_the_text_and_the_forms_allowed() {
        assertThatThrownBy(() -> CardScope.parse("deck:Spanish"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scope must be all, channel:NAME, note:ID or section:ID#Heading, got 'deck:Spanish'");
        assertThatThrownBy(() -> CardScope.parse("everything"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 'everything'");
    }

    @Test
    void a_scope_missing_its_value_is_refused_with_the_text_and_what_is_missing() {
        assertThatThrownBy(() -> CardScope.parse("channel:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scope 'channel:' is not valid: a channel scope needs a channel name");
        assertThatThrownBy(() -> CardScope.parse("note: "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("scope 'note: ' is not valid");
        assertThatThrownBy(() -> CardScope.parse("section:databases"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scope 'section:databases' is not valid: a section scope is section:ID#Heading");
        assertThatThrownBy(() -> CardScope.parse("section:databases#"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a heading");
    }
}
