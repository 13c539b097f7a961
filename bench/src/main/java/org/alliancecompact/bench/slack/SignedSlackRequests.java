package org.alliancecompact.bench.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliancecompact.slack.http.SlackSignature;

/**
 * Builds the requests Slack sends (a slash command, an Events API callback), signed the way Slack signs them:
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

    /** The form body of {@code command text} typed by {@code userId} in a channel. */
    public static String body(String command, String text, String userId, URI responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "bench-verification-token");
        form.put("team_id", "T0BENCH");
        form.put("team_domain", "bench");
        form.put("channel_id", "C0BENCH");
        form.put("channel_name", "alliance");
        form.put("user_id", userId);
        form.put("user_name", "bench-user");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0BENCH");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl.toString());
        form.put("trigger_id", "1000.2000.bench");
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
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
