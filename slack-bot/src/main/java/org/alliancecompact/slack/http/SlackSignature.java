package org.alliancecompact.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing (v0): {@code v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}.
 * Unlike Bolt's own check this one refuses timestamps from the future as well as the past (a replay
 * window of five minutes either way) and compares in constant time.
 */
public final class SlackSignature {
    public static final Duration WINDOW = Duration.ofMinutes(5);

    /** Why a request was refused; never contains the secret or the signature. */
    public enum Verdict {
        VALID,
        MISSING_HEADERS,
        BAD_TIMESTAMP,
        STALE,
        FROM_THE_FUTURE,
        MISMATCH
    }

    private final byte[] secret;
    private final Clock clock;

    public SlackSignature(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public Verdict verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return Verdict.MISSING_HEADERS;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        Instant now = clock.instant();
        Instant sent = Instant.ofEpochSecond(seconds);
        if (sent.isBefore(now.minus(WINDOW))) {
            return Verdict.STALE;
        }
        if (sent.isAfter(now.plus(WINDOW))) {
            return Verdict.FROM_THE_FUTURE;
        }
        byte[] expected = sign(timestamp.trim(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The {@code X-Slack-Signature} value for this timestamp and body. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return "v0=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
