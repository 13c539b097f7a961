package org.alliancecompact.slack.confluence;

/** The plugin answered 4xx: its message (from its JSON error) is fit to show the person. */
public final class PluginRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;

    public PluginRefused(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
