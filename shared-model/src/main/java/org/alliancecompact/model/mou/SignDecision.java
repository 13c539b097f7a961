package org.alliancecompact.model.mou;

/**
 * Whether a signature or withdrawal may be recorded. A refusal says why, in words a head could act on,
 * names the request field at fault, and says what kind of refusal it is, so every host answers the same
 * way (REST: 403, 409 or 400; Slack: an ephemeral message).
 */
public record SignDecision(boolean allowed, String reason, String field, Refusal refusal) {

    /** Why a call is refused, in the order the rules check them. */
    public enum Refusal {
        /** The person does not hold the role for that organisation, or it is not a current member (403). */
        NOT_ENTITLED,
        /** A value in the request is missing, malformed or stale, such as an old fingerprint (400). */
        INVALID,
        /** The request is fine but clashes with what is recorded: already signed, nothing to withdraw (409). */
        CONFLICT
    }

    private static final SignDecision ALLOWED = new SignDecision(true, null, null, null);

    public SignDecision {
        if (!allowed && (reason == null || reason.isBlank() || refusal == null)) {
            throw new IllegalArgumentException("reason and refusal are required for a refusal");
        }
    }

    public static SignDecision allow() {
        return ALLOWED;
    }

    /** A request value that is missing, malformed or stale. */
    public static SignDecision refuse(String reason, String field) {
        return new SignDecision(false, reason, field, Refusal.INVALID);
    }

    public static SignDecision notEntitled(String reason, String field) {
        return new SignDecision(false, reason, field, Refusal.NOT_ENTITLED);
    }

    public static SignDecision conflict(String reason, String field) {
        return new SignDecision(false, reason, field, Refusal.CONFLICT);
    }
}
