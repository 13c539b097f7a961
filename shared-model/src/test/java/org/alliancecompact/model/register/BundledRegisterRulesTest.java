package org.alliancecompact.model.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/** Categorising with Oldham's own checklist: termly review, criteria per category. */
class BundledRegisterRulesTest {

    private static final AllianceProfile OLDHAM = new ProfileLoader().loadBundled("oldham");

    private static CategoryAssignment set(SupportCategory category, String... criteria) {
        return CategoryAssignment.create(
                "school",
                category,
                Set.of(criteria),
                "epl@oldham.example",
                Instant.parse("2026-09-15T10:00:00Z"),
                "Partnership review, autumn term",
                null,
                OLDHAM.register(),
                OLDHAM.timeZone());
    }

    @Test
    void oldhamReviewsCategoriesTermly() {
        CategoryAssignment a = set(SupportCategory.TARGETED, "targeted-ofsted-ri");
        assertThat(a.nextReview()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void everyOldhamCriterionIsAcceptedForItsOwnCategoryOnly() {
        for (CriterionDefinition c : OLDHAM.register().criteria()) {
            assertThat(set(c.category(), c.code()).criteria()).containsExactly(c.code());
            SupportCategory other =
                    c.category() == SupportCategory.UNIVERSAL ? SupportCategory.INTENSIVE : SupportCategory.UNIVERSAL;
            assertThatThrownBy(() -> set(other, c.code())).hasMessageStartingWith("criteria");
        }
    }
}
