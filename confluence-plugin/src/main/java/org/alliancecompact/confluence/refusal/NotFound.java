package org.alliancecompact.confluence.refusal;

/** What the call names (a member, an edition) does not exist. */
public final class NotFound extends Refusal {

    private static final long serialVersionUID = 1L;

    /** @param field the request field naming the missing thing, or null */
    public NotFound(String message, String field) {
        super(message, field);
    }
}
