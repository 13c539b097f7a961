package org.alliancecompact.slack.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.alliancecompact.slack.testkit.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's local Slack refuses what the strict stand-in refuses (the same {@code SlackLimits}
 * checks on every call and every reply), so a surface Slack would refuse shows as refused in the
 * console too, not printed as if it had worked.
 */
class FakeSlackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private FakeSlack slack;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack(new PrintStream(screen, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(slack.baseUrl() + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode api(String method, Map<String, String> fields) throws Exception {
        return JSON.readTree(post("/api/" + method, "application/x-www-form-urlencoded", SlackRequests.form(fields))
                .body());
    }

    private static String sections(int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"line ")
                    .append(i)
                    .append("\"}}");
        }
        return b.append(']').toString();
    }

    @Test
    void a_message_over_slacks_limits_is_refused_with_slacks_error_and_shown_as_refused() throws Exception {
        JsonNode fits = api("chat.postMessage", Map.of("channel", "C1", "text", "hi", "blocks", sections(50)));
        assertThat(fits.path("ok").asBoolean()).isTrue();

        JsonNode tooMany = api("chat.postMessage", Map.of("channel", "C1", "text", "hi", "blocks", sections(51)));
        assertThat(tooMany.path("ok").asBoolean()).isFalse();
        assertThat(tooMany.path("error").asText()).isEqualTo("invalid_blocks");

        JsonNode longSection = api(
                "chat.postMessage",
                Map.of(
                        "channel",
                        "C1",
                        "text",
                        "hi",
                        "blocks",
                        "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(3001)
                                + "\"}}]"));
        assertThat(longSection.path("error").asText()).isEqualTo("invalid_blocks");
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("[Slack refused chat.postMessage");
    }

    @Test
    void an_update_naming_a_channel_instead_of_its_id_is_channel_not_found() throws Exception {
        JsonNode byName = api("chat.update", Map.of("channel", "#improvement-group", "ts", "1.2", "text", "x"));
        assertThat(byName.path("error").asText()).isEqualTo("channel_not_found");
    }

    @Test
    void a_reply_with_neither_text_nor_blocks_or_over_the_limits_is_refused_as_slack_does() throws Exception {
        String url = slack.responseUrl().substring(slack.baseUrl().length());
        assertThat(post(url, "application/json", "{\"text\":\"ok\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> empty = post(url, "application/json", "{\"replace_original\":false}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).isEqualTo("no_text");
        HttpResponse<String> tooMany =
                post(url, "application/json", "{\"text\":\"x\",\"blocks\":" + sections(51) + "}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).isEqualTo("invalid_blocks");
        assertThat(post(url, "application/json", "not json").statusCode()).isEqualTo(400);
    }
}
