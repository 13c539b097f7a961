package org.alliancecompact.confluence.text;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing text of the plugin, from its i18n bundle ({@code compact/i18n.properties}, the file
 * atlassian-plugin.xml declares as the plugin's i18n resource, Confluence's convention). Patterns are
 * {@link MessageFormat}s, as Confluence's I18nResolver reads them; the file is ASCII with \\u escapes, so it
 * reads the same whichever way a host loads it.
 */
public final class Texts {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("compact.i18n", Locale.UK, Texts.class.getClassLoader());

    /** Keys under this prefix are the texts compact.js writes into the page. */
    public static final String SCRIPT_PREFIX = "compact.js.";

    private Texts() {}

    /** The text for {@code key} with {@code args} put in; a missing key is a programming error. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in compact/i18n.properties", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
    }

    /** Every text the script needs (keys without the prefix), for the page to hand to it. */
    public static Map<String, String> forScript() {
        Map<String, String> texts = new LinkedHashMap<>();
        BUNDLE.keySet().stream()
                .filter(k -> k.startsWith(SCRIPT_PREFIX))
                .sorted()
                .forEach(k -> texts.put(k.substring(SCRIPT_PREFIX.length()), BUNDLE.getString(k)));
        return texts;
    }
}
