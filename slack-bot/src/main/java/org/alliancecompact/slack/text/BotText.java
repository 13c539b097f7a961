package org.alliancecompact.slack.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing text of the bot, from its message bundle {@code bot/messages.properties} (en-GB). Patterns
 * are {@link MessageFormat}s read with {@link Locale#UK}: write {@code ''} for an apostrophe, and put numbers in
 * with {@code {0,number,#}} or pre-formatted with {@link org.alliancecompact.model.text.Words}. The text is plain:
 * callers escape anything user-entered with {@code SlackText.escape} before putting it in, as before.
 */
public final class BotText {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("bot.messages", Locale.UK, BotText.class.getClassLoader());

    private BotText() {}

    /** The text for {@code key} with {@code args} put in; a missing key is a programming error. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in bot/messages.properties", e);
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.UK).format(args);
    }

    /** Whether the bundle has {@code key} (for tests that check every key a flow uses exists). */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
