package org.alliancecompact.model.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether a deputy may stand in for the head at a meeting.
 *
 * @param allowed whether the deputy may attend in the head's place
 * @param reason a sentence for the member: why allowed, or why refused and whom to ask
 * @param academicYear the academic year judged, such as "2026/27"
 * @param usedThisYear deputy uses already counted in that academic year (other meetings)
 * @param allowance the alliance's allowance per academic year (a number of times, or no limit)
 * @param firstUseDate the date of the first use this year (null when none)
 * @param firstUseMeetingTitle the meeting of the first use this year (null when none)
 * @param firstUseStartsAt when the meeting of the first use this year starts (null when none): whether that deputy
 *     has already stood in or is still to, for the tense of a refusal
 * @param carriesVote whether the deputy, attending, votes for the organisation (Bolton 33: at BLA meetings only)
 * @param usesAllowance whether this deputy uses the yearly allowance (Bolton 32: at BLA meetings only); false
 *     for a deputy at a meeting of another kind, and for a refusal
 */
public record DeputyDecision(
        boolean allowed,
        String reason,
        String academicYear,
        int usedThisYear,
        DeputyAllowance allowance,
        LocalDate firstUseDate,
        String firstUseMeetingTitle,
        Instant firstUseStartsAt,
        boolean carriesVote,
        boolean usesAllowance) {

    public DeputyDecision {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
    }
}
