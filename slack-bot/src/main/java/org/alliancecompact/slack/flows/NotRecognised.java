package org.alliancecompact.slack.flows;

/** A Slack user the bot cannot match to a member organisation or coordinator; the message says what to do. */
final class NotRecognised extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotRecognised(String message) {
        super(message);
    }
}
