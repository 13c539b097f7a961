package org.alliancecompact.model.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** Oldham-like register rules and quick rows for the register tests. */
final class RegisterFixtures {

    static final RegisterRules RULES = new RegisterRules(
            List.of(
                    new CriterionDefinition("ofsted-good", SupportCategory.UNIVERSAL, "Judged Good or Outstanding"),
                    new CriterionDefinition("attendance-good", SupportCategory.UNIVERSAL, "Pupil attendance is good"),
                    new CriterionDefinition("ofsted-ri", SupportCategory.TARGETED, "Judged as Requiring Improvement"),
                    new CriterionDefinition(
                            "ofsted-sm", SupportCategory.INTENSIVE, "Serious weakness or special measures")),
            Period.ofYears(1));

    private RegisterFixtures() {}

    static CategoryAssignment row(String memberId, SupportCategory category) {
        return row(memberId, category, Instant.parse("2026-10-01T09:00:00Z"));
    }

    static CategoryAssignment row(String memberId, SupportCategory category, Instant setAt) {
        return new CategoryAssignment(
                memberId, category, Set.of(), "coord@example.org", setAt, "termly review", LocalDate.of(2027, 10, 1));
    }
}
