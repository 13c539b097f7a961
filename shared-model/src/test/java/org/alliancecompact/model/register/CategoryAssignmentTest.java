package org.alliancecompact.model.register;

import static org.alliancecompact.model.register.RegisterFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryAssignmentTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant SET_AT = Instant.parse("2026-10-01T09:00:00Z");

    private static CategoryAssignment create(
            SupportCategory category, Set<String> criteria, String reason, LocalDate nextReview) {
        return CategoryAssignment.create(
                "m1", category, criteria, "coord@example.org", SET_AT, reason, nextReview, RULES, LONDON);
    }

    @Test
    void nextReviewDefaultsToReviewIntervalAfterTheDateItWasSet() {
        CategoryAssignment a = create(SupportCategory.TARGETED, Set.of("ofsted-ri"), "RI in June", null);
        assertThat(a.nextReview()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(a.criteria()).containsExactly("ofsted-ri");
    }

    @Test
    void theSetDateIsJudgedInTheAllianceZone() {
        // 23:30 UTC on 31 August is already 1 September in London (summer time).
        Instant lateEvening = Instant.parse("2026-08-31T23:30:00Z");
        CategoryAssignment london = CategoryAssignment.create(
                "m1", SupportCategory.UNIVERSAL, Set.of(), "c", lateEvening, "r", null, RULES, LONDON);
        CategoryAssignment utc = CategoryAssignment.create(
                "m1", SupportCategory.UNIVERSAL, Set.of(), "c", lateEvening, "r", null, RULES, ZoneOffset.UTC);
        assertThat(london.nextReview()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(utc.nextReview()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void anExplicitNextReviewIsKeptButNotBeforeTheSetDate() {
        assertThat(create(SupportCategory.TARGETED, Set.of(), "r", LocalDate.of(2026, 12, 15))
                        .nextReview())
                .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(create(SupportCategory.TARGETED, Set.of(), "r", LocalDate.of(2026, 10, 1))
                        .nextReview())
                .isEqualTo(LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> create(SupportCategory.TARGETED, Set.of(), "r", LocalDate.of(2026, 9, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("nextReview");
    }

    @Test
    void unknownCriterionIsRefusedNamingTheCode() {
        assertThatThrownBy(() -> create(SupportCategory.TARGETED, Set.of("ofsted-ri", "made-up"), "r", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("criteria")
                .hasMessageContaining("made-up");
    }

    @Test
    void criterionOfAnotherCategoryIsRefused() {
        assertThatThrownBy(() -> create(SupportCategory.INTENSIVE, Set.of("ofsted-good"), "r", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ofsted-good")
                .hasMessageContaining("UNIVERSAL, not INTENSIVE");
    }

    @Test
    void reasonIsRequiredAndBounded() {
        assertThatThrownBy(() -> create(SupportCategory.TARGETED, Set.of(), "  ", null))
                .hasMessageStartingWith("reason");
        assertThatThrownBy(() -> create(SupportCategory.TARGETED, Set.of(), null, null))
                .hasMessageStartingWith("reason");
        String longest = "x".repeat(CategoryAssignment.MAX_REASON_LENGTH);
        assertThat(create(SupportCategory.TARGETED, Set.of(), longest, null).reason())
                .hasSize(CategoryAssignment.MAX_REASON_LENGTH);
        assertThatThrownBy(() -> create(SupportCategory.TARGETED, Set.of(), longest + "x", null))
                .hasMessageStartingWith("reason");
    }

    @Test
    void requiredFieldsAreNamed() {
        LocalDate review = LocalDate.of(2027, 1, 1);
        assertThatThrownBy(
                        () -> new CategoryAssignment(" ", SupportCategory.TARGETED, Set.of(), "c", SET_AT, "r", review))
                .hasMessageStartingWith("memberId");
        assertThatThrownBy(() -> new CategoryAssignment("m", null, Set.of(), "c", SET_AT, "r", review))
                .hasMessageStartingWith("category");
        assertThatThrownBy(
                        () -> new CategoryAssignment("m", SupportCategory.TARGETED, Set.of(), "", SET_AT, "r", review))
                .hasMessageStartingWith("setBy");
        assertThatThrownBy(
                        () -> new CategoryAssignment("m", SupportCategory.TARGETED, Set.of(), "c", null, "r", review))
                .hasMessageStartingWith("setAt");
        assertThatThrownBy(
                        () -> new CategoryAssignment("m", SupportCategory.TARGETED, Set.of(), "c", SET_AT, "r", null))
                .hasMessageStartingWith("nextReview");
    }

    @Test
    void reviewIsDueOnTheDateAndOverdueTheDayAfter() {
        CategoryAssignment a = create(SupportCategory.TARGETED, Set.of(), "r", LocalDate.of(2026, 12, 15));
        assertThat(a.reviewDue(LocalDate.of(2026, 12, 14))).isFalse();
        assertThat(a.reviewDue(LocalDate.of(2026, 12, 15))).isTrue();
        assertThat(a.reviewOverdue(LocalDate.of(2026, 12, 15))).isFalse();
        assertThat(a.reviewOverdue(LocalDate.of(2026, 12, 16))).isTrue();
    }

    @Test
    void criteriaCannotBeChangedAfterwards() {
        CategoryAssignment a = create(SupportCategory.UNIVERSAL, Set.of("ofsted-good", "attendance-good"), "r", null);
        assertThat(a.criteria()).containsExactly("attendance-good", "ofsted-good");
        assertThatThrownBy(() -> a.criteria().add("ofsted-ri")).isInstanceOf(UnsupportedOperationException.class);
    }
}
