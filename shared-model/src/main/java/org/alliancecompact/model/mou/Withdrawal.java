package org.alliancecompact.model.mou;

import java.time.Instant;

/**
 * A member organisation's withdrawal from the MOU, as a record: the signatures before it stay on file
 * but no longer count. Signing again after a withdrawal counts as normal.
 *
 * @param recordedBy e-mail of whoever recorded it (the member's head or a coordinator)
 * @param reason why, as stated; may be null
 */
public record Withdrawal(String id, String memberId, Instant withdrawnAt, String recordedBy, String reason) {

    public Withdrawal {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (withdrawnAt == null) {
            throw new IllegalArgumentException("withdrawnAt is required");
        }
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("recordedBy is required");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
