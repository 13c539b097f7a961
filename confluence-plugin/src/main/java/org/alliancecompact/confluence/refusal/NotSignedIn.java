package org.alliancecompact.confluence.refusal;

/** The call has no authenticated caller (no session and no personal access token). */
public final class NotSignedIn extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotSignedIn() {
        super("Sign in to Confluence (or send a personal access token) first.", null);
    }
}
