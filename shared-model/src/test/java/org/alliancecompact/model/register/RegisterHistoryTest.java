package org.alliancecompact.model.register;

import static org.alliancecompact.model.register.RegisterFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterHistoryTest {

    private static final Instant T1 = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant T3 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void everyChangeIsKeptInOrderAndTheLatestIsCurrent() {
        RegisterHistory history = RegisterHistory.empty()
                .append(row("a", SupportCategory.UNIVERSAL, T1))
                .append(row("b", SupportCategory.TARGETED, T1))
                .append(row("a", SupportCategory.TARGETED, T2))
                .append(row("a", SupportCategory.INTENSIVE, T3));

        assertThat(history.entries()).hasSize(4);
        assertThat(history.changesOf("a"))
                .extracting(CategoryAssignment::category)
                .containsExactly(SupportCategory.UNIVERSAL, SupportCategory.TARGETED, SupportCategory.INTENSIVE);
        assertThat(history.current("a").orElseThrow().category()).isEqualTo(SupportCategory.INTENSIVE);
        assertThat(history.current("c")).isEmpty();
        assertThat(history.currentRows())
                .extracting(CategoryAssignment::memberId, CategoryAssignment::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", SupportCategory.INTENSIVE),
                        org.assertj.core.groups.Tuple.tuple("b", SupportCategory.TARGETED));
    }

    @Test
    void appendingNeverChangesTheEarlierHistory() {
        RegisterHistory before = RegisterHistory.empty().append(row("a", SupportCategory.UNIVERSAL, T1));
        RegisterHistory after = before.append(row("a", SupportCategory.TARGETED, T2));
        assertThat(before.entries()).hasSize(1);
        assertThat(before.current("a").orElseThrow().category()).isEqualTo(SupportCategory.UNIVERSAL);
        assertThat(after.entries()).hasSize(2);
        assertThatThrownBy(() -> after.entries().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aChangeDatedBeforeTheCurrentOneIsRefused() {
        RegisterHistory history = RegisterHistory.empty().append(row("a", SupportCategory.UNIVERSAL, T2));
        assertThatThrownBy(() -> history.append(row("a", SupportCategory.TARGETED, T1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("setAt");
        // Another member's earlier date is fine: order is per member.
        assertThat(history.append(row("b", SupportCategory.TARGETED, T1)).entries())
                .hasSize(2);
        // The same instant twice is two decisions on the same day, both kept.
        assertThat(history.append(row("a", SupportCategory.TARGETED, T2)).changesOf("a"))
                .hasSize(2);
    }

    @Test
    void ofStoredEntriesChecksTheOrderToo() {
        assertThat(RegisterHistory.of(List.of(
                                row("a", SupportCategory.UNIVERSAL, T1), row("a", SupportCategory.TARGETED, T2)))
                        .current("a")
                        .orElseThrow()
                        .category())
                .isEqualTo(SupportCategory.TARGETED);
        assertThatThrownBy(() -> RegisterHistory.of(
                        List.of(row("a", SupportCategory.UNIVERSAL, T2), row("a", SupportCategory.TARGETED, T1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overdueReviewsAreJudgedOnTheCurrentRowOnly() {
        CategoryAssignment oldA = new CategoryAssignment(
                "a", SupportCategory.TARGETED, Set.of(), "c", T1, "r", LocalDate.of(2026, 10, 31));
        CategoryAssignment newA = new CategoryAssignment(
                "a", SupportCategory.TARGETED, Set.of(), "c", T2, "reviewed", LocalDate.of(2027, 11, 1));
        CategoryAssignment b = new CategoryAssignment(
                "b", SupportCategory.UNIVERSAL, Set.of(), "c", T1, "r", LocalDate.of(2026, 11, 30));
        RegisterHistory history = RegisterHistory.of(List.of(oldA, b, newA));

        assertThat(history.reviewOverdue(LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(history.reviewOverdue(LocalDate.of(2026, 12, 1))).containsExactly(b);
    }
}
