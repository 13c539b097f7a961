package org.alliancecompact.confluence.storage;

import java.time.Instant;
import java.util.List;

/** The bot's assessment of an organisation on the disengagement ladder (level 0 = engaged). */
public record EngagementReport(String memberId, int level, List<String> reasons, Instant at) {

    public EngagementReport {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("level must be 0 to 4: " + level);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (at == null) {
            throw new IllegalArgumentException("at is required");
        }
    }
}
