package org.alliancecompact.confluence.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The preview's integration token (the bot's Bearer token) when {@code PREVIEW_INTEGRATION_TOKEN} is not
 * set: made at random on first start and kept in {@code <data folder>/integration-token} (owner-only where
 * the file system allows), so no fixed token is published in the documentation (issue 15, finding 10).
 * {@code scripts/run.sh} reads the same file to hand the token to the bot. Never logged in full.
 */
public final class IntegrationToken {

    private IntegrationToken() {}

    /** The token stored in {@code file}, made (256 random bits, base64url) when the file does not exist. */
    public static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.length() >= 32) {
                    return stored;
                }
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows and the like: the folder's own permissions apply
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the integration token in " + file, e);
        }
    }

    /** How a token may appear in a log or on the console: its first four characters only. */
    public static String masked(String token) {
        return token.length() <= 4 ? "****" : token.substring(0, 4) + "…";
    }
}
