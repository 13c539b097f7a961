package org.alliancecompact.model.api;

import java.time.Instant;
import java.util.List;
import org.alliancecompact.model.engagement.LadderAssessment;

/** POST /engagement: the bot reports an organisation's ladder level and why, as assessed at {@code at}. */
public record EngagementReportDto(
        String memberId,
        int level,
        List<String> reasons,
        @IsoTime.AsInstant Instant at) {

    public EngagementReportDto {
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("level must be 0 to 4: " + level);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static EngagementReportDto of(LadderAssessment assessment, Instant at) {
        return new EngagementReportDto(assessment.memberId(), assessment.level(), assessment.reasons(), at);
    }
}
