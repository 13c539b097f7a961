package org.alliancecompact.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    @DisplayName("one day, two days, no days (issue 17: \"1 days\")")
    void counts() {
        assertThat(Words.days(1)).isEqualTo("1 day");
        assertThat(Words.days(0)).isEqualTo("0 days");
        assertThat(Words.days(2)).isEqualTo("2 days");
        assertThat(Words.times(1)).isEqualTo("1 time");
        assertThat(Words.count(3, "meeting", "meetings")).isEqualTo("3 meetings");
    }

    @Test
    void listsJoinWithAnd() {
        assertThat(Words.list(List.of())).isEmpty();
        assertThat(Words.list(List.of("Ashgrove"))).isEqualTo("Ashgrove");
        assertThat(Words.list(List.of("Ashgrove", "Birchwood"))).isEqualTo("Ashgrove and Birchwood");
        assertThat(Words.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(Words.either(List.of("A", "B", "C"))).isEqualTo("A, B or C");
        assertThat(Words.either(List.of("A"))).isEqualTo("A");
    }

    @Test
    @DisplayName("one full stop, whatever the pieces ended with (issue 17: reasons ending \".).\")")
    void sentences() {
        assertThat(Words.sentence("missed two meetings (protocol 31)")).isEqualTo("Missed two meetings (protocol 31).");
        assertThat(Words.sentence("(see protocol 31.)")).isEqualTo("(see protocol 31.)");
        assertThat(Words.sentence("declined: no capacity..")).isEqualTo("Declined: no capacity.");
        assertThat(Words.sentence("Is it over?")).isEqualTo("Is it over?");
        assertThat(Words.sentence("  ")).isEmpty();
        assertThat(Words.sentence(null)).isEmpty();
        assertThat(Words.clause("no capacity this term.")).isEqualTo("no capacity this term");
    }
}
