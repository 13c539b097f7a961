package org.alliancecompact.slack.slackapi;

/** A Slack Web API call that did not succeed, with Slack's error code (such as channel_not_found). */
public final class SlackCallFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String method;
    private final String error;

    public SlackCallFailed(String method, String error) {
        super("Slack " + method + " failed: " + error);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }
}
