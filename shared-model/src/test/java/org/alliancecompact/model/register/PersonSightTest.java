package org.alliancecompact.model.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonSightTest {

    private static final Set<String> SIGNERS = Set.of("ash", "zet", "oak");

    @Test
    @DisplayName("a head of two schools sees what either school may see")
    void unionOfTheirOrganisations() {
        PersonSight exec = new PersonSight(
                List.of(Viewer.ofMember("ash", true, Set.of()), Viewer.ofMember("elm", false, Set.of("birch"))),
                Set.of());
        assertThat(exec.canSee("oak", SIGNERS, true, Set.of())).isTrue(); // through Ashgrove, a signer
        assertThat(exec.canSee("birch", SIGNERS, true, Set.of())).isTrue(); // Elm supports Birch (3.3)
        assertThat(exec.canSee("elm", SIGNERS, true, Set.of())).isTrue(); // its own row
        assertThat(exec.canSee("pine", SIGNERS, true, Set.of())).isFalse(); // a non-signer (3.5)
    }

    @Test
    @DisplayName("Oldham 3.4 and 3.5: a former member keeps its own row; nobody else but coordinators sees it")
    void formerMembers() {
        PersonSight gone = new PersonSight(List.of(), Set.of("gone"));
        assertThat(gone.canSee("gone", SIGNERS, true, Set.of("gone"))).isTrue();
        assertThat(gone.canSee("oak", SIGNERS, false, Set.of("gone"))).isFalse();

        PersonSight member = new PersonSight(List.of(Viewer.ofMember("oak", true, Set.of("gone"))), Set.of());
        assertThat(member.canSee("gone", Set.of("oak", "gone"), false, Set.of("gone")))
                .isFalse();
        assertThat(member.canSee("gone", Set.of("oak", "gone"), false, Set.of()))
                .isTrue();
        assertThat(new PersonSight(List.of(Viewer.anyCoordinator()), Set.of())
                        .canSee("gone", Set.of(), true, Set.of("gone")))
                .isTrue();
    }
}
