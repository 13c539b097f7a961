package org.alliancecompact.slack.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliancecompact.slack.http.SlackSignature;

/** Sends what Slack sends to {@code /slack/events}, signed as Slack signs it (or deliberately not). */
public final class SlackRequests {
    private final URI events;
    private final String secret;
    private final HttpClient http = HttpClient.newHttpClient();

    public SlackRequests(int port, String secret) {
        this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.secret = secret;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A slash command as Slack posts it. */
    public static String command(String userId, String text, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", "T1");
        f.put("team_domain", "alliance");
        f.put("channel_id", "C1");
        f.put("channel_name", "general");
        f.put("user_id", userId);
        f.put("user_name", userId.toLowerCase());
        f.put("command", "/alliance");
        f.put("text", text);
        f.put("api_app_id", "A1");
        f.put("response_url", responseUrl);
        f.put("trigger_id", "trig-" + userId);
        return form(f);
    }

    public static String compact(String json) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            return mapper.writeValueAsString(mapper.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("test JSON does not parse: " + e.getMessage(), e);
        }
    }

    /** An interaction (block action or view submission): the JSON goes in the {@code payload} field. */
    public static String interaction(String payloadJson) {
        return form(Map.of("payload", compact(payloadJson)));
    }

    public HttpResponse<String> post(String body, String contentType) {
        return post(body, contentType, Clock.systemUTC().instant().getEpochSecond(), true, Map.of());
    }

    public HttpResponse<String> postForm(String body) {
        return post(body, "application/x-www-form-urlencoded");
    }

    /** Slack sends compact JSON (Bolt's servlet adapter drops line breaks before it checks signatures). */
    public HttpResponse<String> postJson(String body, Map<String, String> extraHeaders) {
        return post(
                compact(body), "application/json", Clock.systemUTC().instant().getEpochSecond(), true, extraHeaders);
    }

    /** Full control: a timestamp and whether to sign correctly. */
    public HttpResponse<String> post(
            String body, String contentType, long timestamp, boolean signCorrectly, Map<String, String> extra) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(timestamp);
        String signature = new SlackSignature(signCorrectly ? secret : secret + "0", Clock.systemUTC()).sign(ts, bytes);
        HttpRequest.Builder b = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        extra.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(events.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
