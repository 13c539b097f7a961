package org.alliancecompact.confluence.storage;

import java.time.Instant;

/**
 * Provider organisation supports recipient organisation for one support request. While ACTIVE the
 * provider may see the recipient's register row (Oldham data-sharing: partners providing support).
 */
public record SupportAssignment(
        String requestId, String providerMemberId, String recipientMemberId, State state, Instant updatedAt) {

    public enum State {
        ACTIVE,
        ENDED
    }

    public SupportAssignment {
        requireText(requestId, "requestId");
        if (requestId.length() > 100) {
            throw new IllegalArgumentException("requestId must be at most 100 characters");
        }
        requireText(providerMemberId, "providerMemberId");
        requireText(recipientMemberId, "recipientMemberId");
        if (providerMemberId.equals(recipientMemberId)) {
            throw new IllegalArgumentException("recipientMemberId must differ from providerMemberId");
        }
        if (state == null) {
            throw new IllegalArgumentException("state is required (ACTIVE or ENDED)");
        }
        if (updatedAt == null) {
            throw new IllegalArgumentException("updatedAt is required");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
