package org.alliancecompact.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
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

    /**
     * Judges one request's headers and raw body. Whatever the headers hold (missing, not a number, a
     * number no clock reaches such as {@code 9223372036854775807}, stray spaces) the answer is a
     * verdict, never an exception, so a malformed request is a 401 and never a 500.
     */
    public Verdict verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING_HEADERS;
        }
        String ts = timestamp.trim();
        // Slack sends whole seconds since the epoch in ASCII digits; anything else is not Slack's.
        if (ts.length() > 18 || !ts.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Verdict.BAD_TIMESTAMP;
        }
        long seconds = Long.parseLong(ts);
        long now = clock.instant().getEpochSecond();
        if (seconds < now - WINDOW.toSeconds()) {
            return Verdict.STALE;
        }
        if (seconds > now + WINDOW.toSeconds()) {
            return Verdict.FROM_THE_FUTURE;
        }
        byte[] expected = sign(ts, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.UTF_8);
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
