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

    private static final String TWO_BUTTONS = "[{\"type\":\"actions\",\"block_id\":\"b\",\"elements\":["
            + "{\"type\":\"button\",\"action_id\":\"one\",\"value\":\"1\",\"text\":{\"type\":\"plain_text\",\"text\":\"One\"}},"
            + "{\"type\":\"button\",\"action_id\":\"two\",\"value\":\"2\",\"text\":{\"type\":\"plain_text\",\"text\":\"Two\"}}]}]";

    @Test
    void a_messages_buttons_die_only_when_the_message_is_replaced_or_deleted() throws Exception {
        JsonNode posted = api("chat.postMessage", Map.of("channel", "C1", "text", "pick", "blocks", TWO_BUTTONS));
        api("chat.postMessage", Map.of("channel", "C1", "text", "pick", "blocks", TWO_BUTTONS));
        FakeSlack.Button one = slack.buttons().get(0);
        FakeSlack.Button two = slack.buttons().get(1);
        // a press answered with a new message (not replace_original): both buttons stay live, as in Slack
        String reply = slack.responseUrl(one).substring(slack.baseUrl().length());
        assertThat(post(reply, "application/json", "{\"text\":\"noted\"}").statusCode())
                .isEqualTo(200);
        assertThat(slack.dead(one)).isFalse();
        assertThat(slack.dead(two)).isFalse();
        // the bot replaces the message through the press's response_url: its buttons are dead, the other message's not
        String replace = slack.responseUrl(two).substring(slack.baseUrl().length());
        post(replace, "application/json", "{\"replace_original\":true,\"text\":\"done\"}");
        assertThat(slack.dead(one)).isTrue();
        assertThat(slack.dead(two)).isTrue();
        assertThat(slack.buttons()).hasSize(4); // the original's version without buttons adds none
        assertThat(slack.dead(slack.buttons().get(2))).isFalse();
        // chat.delete kills the second message's buttons and says so
        api(
                "chat.delete",
                Map.of(
                        "channel",
                        posted.path("channel").asText(),
                        "ts",
                        slack.buttons().get(2).ts()));
        assertThat(slack.dead(slack.buttons().get(2))).isTrue();
        assertThat(slack.dead(slack.buttons().get(3))).isTrue();
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("(buttons 1, 2 above replaced: they do nothing now)")
                .contains("(message deleted: buttons 3, 4 above do nothing now)");
        assertThat(slack.buttonList()).contains("  [1] One (gone)");
    }
}
