package org.alliancecompact.model.support;

import java.math.BigDecimal;
import java.time.Instant;

final class SupportFixtures {

    /** Exceed's threshold (more than two days is brokered) with Bolton's nine committed days. */
    static final SupportRules RULES = TestRules.bolton().build();

    private SupportFixtures() {}

    static SupportRequest request(String id, String requester, String days, String submittedAt) {
        return SupportRequest.submit(
                id, requester, "Year 9 maths curriculum", new BigDecimal(days), null, Instant.parse(submittedAt));
    }

    static SupportRequest request(String days) {
        return request("r1", "requester", days, "2026-10-01T09:00:00Z");
    }
}
