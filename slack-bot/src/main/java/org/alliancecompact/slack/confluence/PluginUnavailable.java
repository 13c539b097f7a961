package org.alliancecompact.slack.confluence;

/** The Confluence plugin could not be reached or failed (5xx); the user is told to try again later. */
public final class PluginUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
