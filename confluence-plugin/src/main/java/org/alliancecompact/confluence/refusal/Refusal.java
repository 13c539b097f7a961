package org.alliancecompact.confluence.refusal;

/**
 * A call the plugin refuses, with a message for the person who made it (en-GB, no internals) and the
 * request field at fault, or null when no one field is.
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    protected Refusal(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The request field at fault ({@code "memberId"}, {@code "criteria[0]"}), or null. */
    public String field() {
        return field;
    }
}
