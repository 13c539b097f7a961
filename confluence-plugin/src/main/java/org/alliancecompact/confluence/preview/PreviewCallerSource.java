package org.alliancecompact.confluence.preview;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.permission.CallerSource;

/**
 * Who calls the preview server: a Bearer token from the configuration (the bot, scripts), or the person
 * chosen on the start page, held in a cookie signed with a key made at start-up (so a cookie cannot be
 * edited into someone else, and no cookie survives a restart).
 */
public final class PreviewCallerSource implements CallerSource {

    public static final String COOKIE = "compact_person";

    private final Map<String, String> tokens;
    private final Set<String> coordinators;
    private final String integrationEmail;
    private final Function<String, String> nameOf;
    private final byte[] key = new byte[32];

    public PreviewCallerSource(PreviewConfig config, Function<String, String> nameOf) {
        this.tokens = config.tokens();
        this.coordinators = config.coordinators();
        this.integrationEmail = config.integrationEmail();
        this.nameOf = nameOf;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Optional<Caller> caller(HttpHeaders headers) {
        if (headers == null) {
            return Optional.empty();
        }
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Optional.empty();
            }
            String email = tokens.get(authorization.substring(7).trim());
            return Optional.ofNullable(email).map(this::callerFor);
        }
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie == null ? Optional.empty() : verify(cookie.getValue()).map(this::callerFor);
    }

    public Caller callerFor(String email) {
        String e = email.trim().toLowerCase(java.util.Locale.ROOT);
        return Caller.confluenceUser(
                PreviewUsers.keyOf(e), e, nameOf.apply(e), coordinators.contains(e), e.equals(integrationEmail));
    }

    @Override
    public Optional<Caller> coordinatorByEmail(String email) {
        String e = email.trim().toLowerCase(java.util.Locale.ROOT);
        return coordinators.contains(e) ? Optional.of(callerFor(e)) : Optional.empty();
    }

    /** The cookie value that signs {@code email} in. */
    public String cookieValue(String email) {
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(email.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + mac(encoded);
    }

    Optional<String> verify(String value) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String encoded = value.substring(0, dot);
        byte[] expected = mac(encoded).getBytes(StandardCharsets.US_ASCII);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String mac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
