package org.alliancecompact.model.mou;

/**
 * Whether a signature may be recorded. A refusal says why, in words a head could act on, and names
 * the request field at fault (for the HTTP 400 body and the Slack reply).
 */
public record SignDecision(boolean allowed, String reason, String field) {

    private static final SignDecision ALLOWED = new SignDecision(true, null, null);

    public SignDecision {
        if (!allowed && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("reason is required for a refusal");
        }
    }

    public static SignDecision allow() {
        return ALLOWED;
    }

    public static SignDecision refuse(String reason, String field) {
        return new SignDecision(false, reason, field);
    }
}
