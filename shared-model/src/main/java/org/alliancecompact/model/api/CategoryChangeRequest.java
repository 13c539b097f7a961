package org.alliancecompact.model.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.RegisterRules;
import org.alliancecompact.model.register.SupportCategory;

/**
 * PUT /register/{memberId}: a coordinator sets a category. Not validated on parse, so the resource can
 * answer bad input with a 400 naming the field: {@link #toAssignment} does the checking and throws
 * IllegalArgumentException whose message starts with the field name.
 *
 * @param nextReview optional; defaults to the profile's review interval after today
 */
public record CategoryChangeRequest(
        SupportCategory category,
        Set<String> criteria,
        String reason,
        @IsoTime.AsDate LocalDate nextReview) {

    public CategoryAssignment toAssignment(
            String memberId, String setBy, Instant setAt, RegisterRules rules, ZoneId zone) {
        return CategoryAssignment.create(memberId, category, criteria, setBy, setAt, reason, nextReview, rules, zone);
    }
}
