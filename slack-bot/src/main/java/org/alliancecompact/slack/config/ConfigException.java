package org.alliancecompact.slack.config;

/** A missing or bad setting. The message is one line naming the setting, fit to print and stop on. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
