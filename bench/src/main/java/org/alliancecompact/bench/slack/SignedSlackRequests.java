package org.alliancecompact.bench.slack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.alliancecompact.slack.http.SlackSignature;

/**
 * Signs the requests Slack sends (the bodies of commands and interactions come from the bot's test
 * kit, {@code SlackPayloads}, built as Slack builds them; an Events API callback here), the way Slack signs them:
 * {@code X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))} with the
 * current time in {@code X-Slack-Request-Timestamp}.
 */
public final class SignedSlackRequests {
    private final URI endpoint;
    /** The bot's own signer: the bench signs as Slack does, with the code the bot verifies with. */
    private final SlackSignature signer;

    private final Clock clock;

    public SignedSlackRequests(URI endpoint, String signingSecret, Clock clock) {
        this.endpoint = endpoint;
        this.signer = new SlackSignature(signingSecret, clock);
        this.clock = clock;
    }

    /** Where the requests go. */
    public URI endpoint() {
        return endpoint;
    }

    /** The Events API callback Slack sends when {@code userId} opens the app's Home tab. */
    public static String appHomeOpenedBody(String eventId, String userId, long eventTime) {
        return ("{\"token\":\"bench-verification-token\",\"team_id\":\"T0BENCH\",\"api_app_id\":\"A0BENCH\","
                        + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"%s\",\"channel\":\"D0BENCH\","
                        + "\"tab\":\"home\",\"event_ts\":\"%d.000100\"},\"type\":\"event_callback\","
                        + "\"event_id\":\"%s\",\"event_time\":%d,\"authorizations\":[{\"team_id\":\"T0BENCH\","
                        + "\"user_id\":\"U0BENCHBOT\",\"is_bot\":true}]}")
                .formatted(userId, eventTime, eventId, eventTime);
    }

    /** The signature Slack would send for {@code body} at {@code timestamp} (epoch seconds). */
    public String signature(long timestamp, String body) {
        return signer.sign(Long.toString(timestamp), body.getBytes(StandardCharsets.UTF_8));
    }

    /** A signed POST of a form {@code body}, stamped now. */
    public HttpRequest signed(String body) {
        return signed(body, "application/x-www-form-urlencoded");
    }

    /** A signed POST of a JSON {@code body}, stamped now. */
    public HttpRequest signedJson(String body) {
        return signed(body, "application/json");
    }

    private HttpRequest signed(String body, String contentType) {
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
