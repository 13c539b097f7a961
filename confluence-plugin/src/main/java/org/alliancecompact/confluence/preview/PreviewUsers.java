package org.alliancecompact.confluence.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The preview server's stand-in for Confluence's user directory: one account per e-mail address, whose
 * user key is opaque and stable across restarts (as Confluence's keys are). Coordinators link a member's
 * people to these keys exactly as they would to Confluence user keys; the demo data comes linked.
 */
public final class PreviewUsers {

    private PreviewUsers() {}

    /** The user key of the preview account for {@code email}, such as {@code preview-3f2a9c0d5e6b7a81}. */
    public static String keyOf(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "preview-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
