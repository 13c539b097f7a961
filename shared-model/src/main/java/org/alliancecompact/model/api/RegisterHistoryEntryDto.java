package org.alliancecompact.model.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;

/**
 * GET /register/{memberId}/history: one change, oldest first.
 *
 * @param sequence position in the member's history, 1 for its first categorisation
 */
public record RegisterHistoryEntryDto(
        int sequence,
        String memberId,
        SupportCategory category,
        Set<String> criteria,
        String setBy,
        @IsoTime.AsInstant Instant setAt,
        String reason,
        @IsoTime.AsDate LocalDate nextReview) {

    public RegisterHistoryEntryDto {
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
    }

    public static RegisterHistoryEntryDto of(int sequence, CategoryAssignment a) {
        return new RegisterHistoryEntryDto(
                sequence, a.memberId(), a.category(), a.criteria(), a.setBy(), a.setAt(), a.reason(), a.nextReview());
    }

    public CategoryAssignment toAssignment() {
        return new CategoryAssignment(memberId, category, criteria, setBy, setAt, reason, nextReview);
    }
}
