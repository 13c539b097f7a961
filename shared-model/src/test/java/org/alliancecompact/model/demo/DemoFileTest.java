package org.alliancecompact.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Person;
import org.junit.jupiter.api.Test;

/** The demo files are data: one reader checks each, so a slip in a file fails loudly rather than changing the demo. */
class DemoFileTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void the_executive_head_comes_first_among_the_people_of_both_organisations_they_lead() {
        DemoFile bolton = DemoFile.read("bolton");
        var members = bolton.members(TODAY);
        assertThat(members.stream()
                        .filter(m -> m.id().equals("westhoughton-high") || m.id().equals("hulton-academy"))
                        .map(m -> m.people().get(0))
                        .map(Person::email))
                .containsExactly("exec.head@westhoughton.example", "exec.head@westhoughton.example");
        assertThat(members.stream()
                        .filter(m -> m.id().equals("harwood-meadows"))
                        .map(Member::joinedOn))
                .containsExactly(LocalDate.of(2026, 6, 30));
    }

    @Test
    void a_misspelt_field_is_refused() {
        assertThatThrownBy(() -> DemoFile.read("test-misspelt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-misspelt.yml")
                .hasMessageContaining("chiar");
    }

    @Test
    void the_executive_head_leads_members_only_and_replaces_their_own_head() {
        assertThatThrownBy(() -> DemoFile.read("test-led-stranger").members(TODAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[two]");
        assertThatThrownBy(() -> DemoFile.read("test-two-heads").members(TODAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("one is led by the executive head");
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> DemoFile.read("nowhere")).hasMessage("no demo file nowhere.yml");
    }
}
