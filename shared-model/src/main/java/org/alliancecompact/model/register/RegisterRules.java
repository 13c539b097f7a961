package org.alliancecompact.model.register;

import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An alliance's support-category register rules.
 *
 * @param criteria the checklist a coordinator ticks as evidence for a category
 * @param reviewInterval how long after a category is set it is due for review (Oldham: termly or yearly)
 */
public record RegisterRules(List<CriterionDefinition> criteria, Period reviewInterval) {

    public RegisterRules {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        Set<String> codes = new HashSet<>();
        for (CriterionDefinition c : criteria) {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("register.criteria lists the code " + c.code() + " twice");
            }
        }
        if (reviewInterval == null || reviewInterval.isNegative() || reviewInterval.isZero()) {
            throw new IllegalArgumentException("register.reviewInterval must be a positive period (for example P1Y)");
        }
    }

    /** The criterion with this code, or empty. */
    public java.util.Optional<CriterionDefinition> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
