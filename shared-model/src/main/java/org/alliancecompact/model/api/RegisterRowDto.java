package org.alliancecompact.model.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;

/**
 * One visible row of the support-category register.
 *
 * @param memberName the organisation's name for display (may be null when unknown to the caller)
 * @param reviewOverdue whether the review date had passed when the row was served
 */
public record RegisterRowDto(
        String memberId,
        String memberName,
        SupportCategory category,
        Set<String> criteria,
        String setBy,
        @IsoTime.AsInstant Instant setAt,
        String reason,
        @IsoTime.AsDate LocalDate nextReview,
        boolean reviewOverdue) {

    public RegisterRowDto {
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
    }

    public static RegisterRowDto of(CategoryAssignment row, String memberName, LocalDate today) {
        return new RegisterRowDto(
                row.memberId(),
                memberName,
                row.category(),
                row.criteria(),
                row.setBy(),
                row.setAt(),
                row.reason(),
                row.nextReview(),
                row.reviewOverdue(today));
    }

    /** Convenience for callers holding an instant and the alliance's zone. */
    public static RegisterRowDto of(CategoryAssignment row, String memberName, Instant now, ZoneId zone) {
        return of(row, memberName, now.atZone(zone).toLocalDate());
    }
}
