package org.alliancecompact.model.register;

import static org.alliancecompact.model.register.RegisterFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Oldham data-sharing protocol, case by case. Signers: s1, s2. Non-signers: n1, n2. */
class RegisterVisibilityTest {

    private static final Set<String> SIGNERS = Set.of("s1", "s2");
    private static final List<CategoryAssignment> ROWS = List.of(
            row("s1", SupportCategory.UNIVERSAL),
            row("s2", SupportCategory.TARGETED),
            row("n1", SupportCategory.INTENSIVE),
            row("n2", SupportCategory.TARGETED));

    private static Viewer signer(String id, String... supporting) {
        return Viewer.ofMember(id, true, Set.of(supporting));
    }

    private static Viewer nonSigner(String id, String... supporting) {
        return Viewer.ofMember(id, false, Set.of(supporting));
    }

    @Test
    void coordinatorSeesEveryRowIncludingNonSigners() {
        for (String row : List.of("s1", "s2", "n1", "n2")) {
            assertThat(RegisterVisibility.canSee(Viewer.anyCoordinator(), row, SIGNERS))
                    .as(row)
                    .isTrue();
        }
        // A coordinator who also acts for a member organisation still sees all.
        assertThat(RegisterVisibility.canSee(new Viewer("n1", true, false, Set.of()), "n2", SIGNERS))
                .isTrue();
    }

    @Test
    void signerSeesItselfAndOtherSigners() {
        assertThat(RegisterVisibility.canSee(signer("s1"), "s1", SIGNERS)).isTrue();
        assertThat(RegisterVisibility.canSee(signer("s1"), "s2", SIGNERS)).isTrue();
    }

    @Test
    void signerDoesNotSeeANonSigner() {
        assertThat(RegisterVisibility.canSee(signer("s1"), "n1", SIGNERS)).isFalse();
    }

    @Test
    void nonSignerSeesOnlyItsOwnRow() {
        assertThat(RegisterVisibility.canSee(nonSigner("n1"), "n1", SIGNERS)).isTrue();
        assertThat(RegisterVisibility.canSee(nonSigner("n1"), "s1", SIGNERS)).isFalse();
        assertThat(RegisterVisibility.canSee(nonSigner("n1"), "n2", SIGNERS)).isFalse();
    }

    @Test
    void aViewerClaimingToHaveSignedWithoutBeingInTheSignerListSeesOnlyItself() {
        assertThat(RegisterVisibility.canSee(signer("n1"), "s1", SIGNERS)).isFalse();
        assertThat(RegisterVisibility.canSee(signer("n1"), "n1", SIGNERS)).isTrue();
    }

    @Test
    void aProviderSeesTheRowOfTheMemberItSupportsWhileTheSupportRuns() {
        // Oldham 3.3: support gives the provider access, even to a non-signer's row, and even a non-signing provider.
        assertThat(RegisterVisibility.canSee(signer("s1", "n1"), "n1", SIGNERS)).isTrue();
        assertThat(RegisterVisibility.canSee(nonSigner("n2", "n1"), "n1", SIGNERS))
                .isTrue();
        assertThat(RegisterVisibility.canSee(nonSigner("n2", "n1"), "s1", SIGNERS))
                .isFalse();
        // Support ended: the id is no longer in supportingMemberIds.
        assertThat(RegisterVisibility.canSee(signer("s1"), "n1", SIGNERS)).isFalse();
    }

    @Test
    void whenTheProfileDoesNotRequireTheSignatureEveryMemberSeesEveryRow() {
        assertThat(RegisterVisibility.canSee(nonSigner("n1"), "n2", SIGNERS, false))
                .isTrue();
        assertThat(RegisterVisibility.canSee(nonSigner("n1"), "s1", Set.of(), false))
                .isTrue();
    }

    @Test
    void unknownRowOrViewerSeesNothing() {
        assertThat(RegisterVisibility.canSee(null, "s1", SIGNERS)).isFalse();
        assertThat(RegisterVisibility.canSee(signer("s1"), null, SIGNERS)).isFalse();
        assertThat(RegisterVisibility.canSee(signer("s1"), "s2", null)).isFalse();
    }

    @Test
    void viewGivesVisibleRowsAndHeadlineCountsOverAllMembers() {
        Map<SupportCategory, Long> all =
                Map.of(SupportCategory.INTENSIVE, 1L, SupportCategory.TARGETED, 2L, SupportCategory.UNIVERSAL, 1L);

        RegisterView nonSignerView = RegisterVisibility.view(nonSigner("n2"), ROWS, SIGNERS);
        assertThat(nonSignerView.rows())
                .extracting(CategoryAssignment::memberId)
                .containsExactly("n2");
        assertThat(nonSignerView.headlineCounts()).isEqualTo(all);

        RegisterView signerView = RegisterVisibility.view(signer("s2"), ROWS, SIGNERS);
        assertThat(signerView.rows()).extracting(CategoryAssignment::memberId).containsExactly("s1", "s2");
        assertThat(signerView.headlineCounts()).isEqualTo(all);

        assertThat(RegisterVisibility.view(Viewer.anyCoordinator(), ROWS, SIGNERS)
                        .rows())
                .hasSize(4);
    }

    @Test
    void headlineCountsNameEveryCategoryEvenWhenEmpty() {
        assertThat(RegisterVisibility.view(signer("s1"), List.of(), SIGNERS).headlineCounts())
                .containsOnlyKeys(SupportCategory.values())
                .allSatisfy((c, n) -> assertThat(n).isZero());
    }

    @Test
    void aViewerWhoIsNoCoordinatorNeedsAMember() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Viewer(null, false, true, Set.of()))
                .hasMessageStartingWith("memberId");
    }
}
