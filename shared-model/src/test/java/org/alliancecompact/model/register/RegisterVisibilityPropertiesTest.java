package org.alliancecompact.model.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RegisterVisibilityPropertiesTest {

    private static final List<String> MEMBERS = List.of("a", "b", "c", "d", "e");

    @Provide
    Arbitrary<Set<String>> signers() {
        return Arbitraries.of(MEMBERS).set();
    }

    @Provide
    Arbitrary<Viewer> viewers() {
        Arbitrary<Viewer> members = Combinators.combine(
                        Arbitraries.of(MEMBERS),
                        Arbitraries.of(true, false),
                        Arbitraries.of(MEMBERS).set().ofMaxSize(2))
                .as((id, signed, supporting) -> Viewer.ofMember(id, signed, supporting));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, members),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Viewer.anyCoordinator())));
    }

    @Property
    void aNonSignersRowIsSeenOnlyByCoordinatorsItselfOrItsActiveSupporters(
            @ForAll("viewers") Viewer viewer, @ForAll("signers") Set<String> signers, @ForAll("members") String row) {
        boolean visible = RegisterVisibility.canSee(viewer, row, signers);
        if (!signers.contains(row) && visible) {
            assertThat(viewer.coordinator()
                            || row.equals(viewer.memberId())
                            || viewer.supportingMemberIds().contains(row))
                    .isTrue();
        }
    }

    @Property
    void everyMemberSeesItsOwnRow(@ForAll("viewers") Viewer viewer, @ForAll("signers") Set<String> signers) {
        if (viewer.memberId() != null) {
            assertThat(RegisterVisibility.canSee(viewer, viewer.memberId(), signers))
                    .isTrue();
        }
    }

    @Property
    void headlineCountsAreTheSameForEveryViewerAndAddUpToAllRows(
            @ForAll("viewers") Viewer viewer, @ForAll("signers") Set<String> signers) {
        List<CategoryAssignment> rows = List.of(
                RegisterFixtures.row("a", SupportCategory.INTENSIVE),
                RegisterFixtures.row("b", SupportCategory.UNIVERSAL),
                RegisterFixtures.row("c", SupportCategory.UNIVERSAL));
        RegisterView view = RegisterVisibility.view(viewer, rows, signers);
        assertThat(view.headlineCounts().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(3);
        assertThat(view.rows()).allMatch(r -> RegisterVisibility.canSee(viewer, r.memberId(), signers));
    }

    @Provide
    Arbitrary<String> members() {
        return Arbitraries.of(MEMBERS);
    }
}
