package org.alliancecompact.bench.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackWebApiStandInTest {
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final HttpClient http = HttpClient.newHttpClient();
    private SlackWebApiStandIn standIn;

    @AfterEach
    void stop() {
        standIn.close();
    }

    private HttpResponse<String> post(String method, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(standIn.apiUrl().resolve(method))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChannelGetsItsBurstThenA429WithRetryAfterAndNothingDelivered() throws Exception {
        standIn = SlackWebApiStandIn.start(new SlackWebApiStandIn.Limits(1.0, 2, Map.of()), now::get);

        assertThat(post("chat.postMessage", "channel=C1&text=a").statusCode()).isEqualTo(200);
        assertThat(post("chat.postMessage", "channel=C1&text=b").statusCode()).isEqualTo(200);
        HttpResponse<String> limited = post("chat.postMessage", "channel=C1&text=c");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.body()).contains("ratelimited");
        // another channel is not held up by C1
        assertThat(post("chat.postMessage", "channel=C2&text=d").statusCode()).isEqualTo(200);

        assertThat(standIn.delivered("C1")).isEqualTo(2);
        assertThat(standIn.delivered("C2")).isEqualTo(1);
        assertThat(standIn.rateLimited("chat.postMessage")).isEqualTo(1);

        now.addAndGet(1_000_000_000L);
        assertThat(post("chat.postMessage", "channel=C1&text=c").statusCode()).isEqualTo(200);
        assertThat(standIn.delivered("C1")).isEqualTo(3);
    }

    @Test
    void theWorkspaceTierLimitsAllChannelsTogether() throws Exception {
        standIn = SlackWebApiStandIn.start(
                new SlackWebApiStandIn.Limits(1.0, 1, Map.of("chat.postMessage", new SlackWebApiStandIn.Tier(60, 3))),
                now::get);

        for (int i = 0; i < 3; i++) {
            assertThat(post("chat.postMessage", "channel=D" + i).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = post("chat.postMessage", "channel=D9");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(standIn.channelsDeliveredTo()).isEqualTo(3);
        assertThat(standIn.delivered("D9")).isZero();

        now.addAndGet(1_000_000_000L); // 60 per minute: one more after a second
        assertThat(post("chat.postMessage", "channel=D9").statusCode()).isEqualTo(200);
        assertThat(post("chat.postMessage", "channel=D10").statusCode()).isEqualTo(429);
    }

    @Test
    void slacksOwnClientSeesThe429AndTheRetryAfterHeader() throws Exception {
        standIn = SlackWebApiStandIn.start(new SlackWebApiStandIn.Limits(1.0, 1, Map.of()), now::get);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.apiUrl().toString());
        MethodsClient client = Slack.getInstance(config).methods("xoxb-test");

        assertThat(client.authTest(r -> r).isOk()).isTrue();
        assertThat(client.chatPostMessage(r -> r.channel("U1").text("hello")).isOk())
                .isTrue();
        assertThatThrownBy(() -> client.chatPostMessage(r -> r.channel("U1").text("again")))
                .isInstanceOfSatisfying(SlackApiException.class, e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("1");
                });
        assertThat(standIn.ok("chat.postMessage")).isEqualTo(1);
        assertThat(standIn.delivered("U1")).isEqualTo(1);
    }

    @Test
    void aMessageWithoutAChannelIsRefusedLikeSlackDoes() throws Exception {
        standIn = SlackWebApiStandIn.start(new SlackWebApiStandIn.Limits(1.0, 1, Map.of()), now::get);
        HttpResponse<String> response = post("chat.postMessage", "text=nowhere");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"ok\":false").contains("channel_not_found");
        assertThat(URI.create(standIn.apiUrl().toString()).getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void repliesAtTheResponseUrlAreKeptByTheirTextAndABadOneIsRefused() throws Exception {
        standIn = SlackWebApiStandIn.start(new SlackWebApiStandIn.Limits(1.0, 1, Map.of()), now::get);
        for (String text : new String[] {"Recorded: Smithills School", "Recorded: again", "There is no meeting #9"}) {
            HttpResponse<String> r = reply("{\"response_type\":\"ephemeral\",\"text\":\"" + text + "\"}");
            assertThat(r.statusCode()).isEqualTo(200);
        }
        assertThat(reply("not json").statusCode()).isEqualTo(400);
        assertThat(reply("{\"blocks\":[]}").statusCode()).isEqualTo(400);

        assertThat(standIn.responses()).isEqualTo(3);
        assertThat(standIn.responsesStartingWith("Recorded:")).isEqualTo(2);
        assertThat(standIn.aResponseNotStartingWith("Recorded:")).hasValue("There is no meeting #9");
        standIn.forgetDeliveries();
        assertThat(standIn.responses()).isZero();
    }

    @Test
    void eachCommandsReplyArrivalIsKeptAndTheBenchMeasuresFromTheCommandToIt() throws Exception {
        standIn = SlackWebApiStandIn.start(new SlackWebApiStandIn.Limits(1.0, 1, Map.of()), now::get);
        // commands 2 and 3 (measured) sent at t=0; 2's reply arrives 3 ms later, 3 never gets one
        now.set(3_000_000L);
        assertThat(reply(standIn.responseUrl("rsvp-2"), "{\"text\":\"Recorded: attending\"}")
                        .statusCode())
                .isEqualTo(200);
        now.set(9_000_000L);
        reply(standIn.responseUrl("rsvp-2"), "{\"text\":\"Recorded: a second reply\"}");

        assertThat(standIn.replyArrivedAt("rsvp-2"))
                .as("the first reply counts")
                .hasValue(3_000_000L);
        assertThat(standIn.replyArrivedAt("rsvp-1")).isEmpty();
        var figures = BotAckBench.replyLatency(Map.of(2L, 0L, 3L, 0L), standIn);
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).value()).as("p50 in ms").isEqualTo(3.0);
        assertThatThrownBy(() -> standIn.responseUrl("../api")).isInstanceOf(IllegalArgumentException.class);
    }

    private HttpResponse<String> reply(String json) throws Exception {
        return reply(standIn.responseUrl(), json);
    }

    private HttpResponse<String> reply(URI url, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(url)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
