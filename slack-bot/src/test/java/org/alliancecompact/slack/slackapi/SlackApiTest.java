package org.alliancecompact.slack.slackapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bolt's Web API client pointed at a WireMock Slack through SLACK_API_URL, wrapped with retries. */
class SlackApiTest {
    private static WireMockServer slack;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private SlackApi api;

    @BeforeAll
    static void start() {
        slack = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        slack.start();
    }

    @AfterAll
    static void stop() {
        slack.stop();
    }

    @BeforeEach
    void client() {
        slack.resetAll();
        var methods = SlackApi.slackFor(URI.create(slack.baseUrl() + "/api/")).methods("xoxb-token");
        api = new SlackApi(methods, waits::add, 4, Duration.ofSeconds(30));
    }

    private void postHello(String channel) {
        api.call(
                "chat.postMessage",
                c -> c.chatPostMessage(r -> r.channel(channel).text("hello")));
    }

    @Test
    void a_429_is_retried_after_the_seconds_slack_asks_for() {
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .inScenario("rate")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "3")
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("after"));
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .inScenario("rate")
                .whenScenarioStateIs("after")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));
        postHello("C1");
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        slack.verify(
                2,
                postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                        .withHeader("Authorization", equalTo("Bearer xoxb-token")));
    }

    @Test
    void a_real_wait_of_one_second_is_honoured_by_the_default_sleeper() {
        slack.stubFor(post(urlEqualTo("/api/users.info"))
                .inScenario("rate1")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withBody("{\"ok\":false}"))
                .willSetStateTo("after"));
        slack.stubFor(post(urlEqualTo("/api/users.info"))
                .inScenario("rate1")
                .whenScenarioStateIs("after")
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U1\",\"profile\":{\"email\":\"a@b.org\"}}}")));
        SlackApi real = SlackApi.of(SlackApi.slackFor(URI.create(slack.baseUrl() + "/api/")), "xoxb-token");
        var user = real.call("users.info", c -> c.usersInfo(r -> r.user("U1"))).getUser();
        assertThat(user.getProfile().getEmail()).isEqualTo("a@b.org");
        slack.verify(2, postRequestedFor(urlEqualTo("/api/users.info")));
    }

    @Test
    void server_errors_back_off_and_give_up_after_the_last_attempt() {
        slack.stubFor(
                post(urlEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> postHello("C1"))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("chat.postMessage");
        slack.verify(4, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void an_error_from_slack_is_not_retried_and_names_slacks_error_code() {
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));
        assertThatThrownBy(() -> postHello("CNOPE"))
                .isInstanceOf(SlackCallFailed.class)
                .satisfies(e -> assertThat(((SlackCallFailed) e).error()).isEqualTo("channel_not_found"));
        slack.verify(1, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
        assertThat(waits).isEmpty();
    }

    @Test
    void the_sdks_call_statistics_are_off_because_the_bot_never_reads_them() {
        var config = SlackApi.slackFor(URI.create(slack.baseUrl() + "/api/")).getConfig();

        assertThat(config.isStatsEnabled()).isFalse();
        assertThat(config.getMethodsEndpointUrlPrefix()).isEqualTo(slack.baseUrl() + "/api/");
        // and calls still go through without them
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(okJson("{\"ok\":true,\"ts\":\"1.2\"}")));
        postHello("C1");
        slack.verify(1, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
    }
}
