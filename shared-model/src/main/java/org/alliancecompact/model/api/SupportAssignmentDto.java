package org.alliancecompact.model.api;

/**
 * PUT /support-assignments/{requestId}: provider A supports recipient B. ACTIVE grants A sight of B's
 * register row (Oldham data-sharing 3.3); ENDED takes it away.
 */
public record SupportAssignmentDto(String providerMemberId, String recipientMemberId, State state) {

    public enum State {
        ACTIVE,
        ENDED
    }
}
