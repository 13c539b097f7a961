package org.alliancecompact.confluence.refusal;

/** The call clashes with what is stored (already signed, edition replaced, nothing left to withdraw). */
public final class Conflict extends Refusal {

    private static final long serialVersionUID = 1L;

    /** @param field the request field that clashes, or null */
    public Conflict(String message, String field) {
        super(message, field);
    }
}
