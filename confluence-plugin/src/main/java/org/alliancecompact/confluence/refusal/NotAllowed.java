package org.alliancecompact.confluence.refusal;

/** The caller is known but may not do this (wrong group, not their organisation, no XSRF header). */
public final class NotAllowed extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotAllowed(String message) {
        super(message, null);
    }
}
