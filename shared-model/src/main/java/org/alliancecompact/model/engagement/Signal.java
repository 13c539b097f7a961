package org.alliancecompact.model.engagement;

import java.time.Instant;

/**
 * One observation about an organisation's engagement.
 *
 * @param at when it happened (for the overdue kinds: when the thing was due)
 * @param detail what it was about, for the reasons shown to people, such as "BLA meeting" (may be null)
 */
public record Signal(String memberId, SignalKind kind, Instant at, String detail) {

    public Signal {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (at == null) {
            throw new IllegalArgumentException("at is required");
        }
        detail = detail == null || detail.isBlank() ? null : detail.strip();
    }
}
