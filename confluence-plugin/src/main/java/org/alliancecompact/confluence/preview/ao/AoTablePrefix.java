package org.alliancecompact.confluence.preview.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.atlassian.TablePrefix;

/**
 * The prefix Confluence's AO plugin puts before every table of a plugin: {@code AO_}, the last 6
 * characters of the upper-case hexadecimal MD5 hash of the {@code <ao>} module's namespace (or, without
 * one, the plugin key), and {@code _}. For the namespace {@code com.atlassian.example.ao.myplugin} it is
 * {@code AO_28BE2D_}.
 *
 * @see <a href="https://developer.atlassian.com/server/framework/atlassian-sdk/table-names/">Active
 *     Objects: how are database tables named?</a>
 */
public final class AoTablePrefix implements TablePrefix {

    private final String prefix;

    private AoTablePrefix(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix for the {@code <ao>} module's namespace (or the plugin key where it has none). */
    public static AoTablePrefix of(String namespace) {
        if (namespace == null || namespace.isBlank()) {
            throw new IllegalArgumentException("namespace is required");
        }
        try {
            String hex = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8)))
                    .toUpperCase(Locale.ROOT);
            return new AoTablePrefix("AO_" + hex.substring(hex.length() - 6) + "_");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /** The prefix itself, such as {@code AO_28BE2D_}. */
    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String string) {
        return prefix + string;
    }

    /** Whether {@code tableName} is one of this prefix's tables (ignoring case where the database does). */
    public boolean owns(String tableName, boolean caseSensitive) {
        return tableName != null && tableName.regionMatches(!caseSensitive, 0, prefix, 0, prefix.length());
    }

    @Override
    public String toString() {
        return prefix;
    }
}
