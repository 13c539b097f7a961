package org.alliancecompact.slack.slackapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ephemeral replies at a response_url, against a WireMock stand-in for Slack's hook. */
class ResponseUrlSenderTest {

    private WireMockServer hooks;
    private SlackMessenger slack;

    @BeforeEach
    void start() {
        hooks = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        hooks.start();
        hooks.stubFor(
                post(urlEqualTo("/commands/T1/1/ok")).willReturn(aResponse().withStatus(200)));
        hooks.stubFor(post(urlEqualTo("/commands/T1/1/expired"))
                .willReturn(aResponse().withStatus(404).withBody("expired_url")));
        slack = new SlackMessenger(
                SlackApi.of(SlackApi.slackFor(java.net.URI.create(hooks.baseUrl() + "/api/")), "xoxb-test"),
                new ResponseUrlSender(com.slack.api.Slack.getInstance()));
    }

    @AfterEach
    void stop() {
        hooks.stop();
    }

    @Test
    void aCommandReplyIsEphemeralSnakeCaseJsonWithItsBlocks() {
        slack.respond(
                hooks.baseUrl() + "/commands/T1/1/ok",
                "Recorded: attending",
                List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText("*Recorded*")))));

        hooks.verify(postRequestedFor(urlEqualTo("/commands/T1/1/ok"))
                .withHeader(
                        "Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"response_type":"ephemeral","text":"Recorded: attending",
                         "blocks":[{"type":"section","text":{"type":"mrkdwn","text":"*Recorded*"}}]}""", true, true)));
    }

    @Test
    void aButtonReplyLeavesTheOriginalMessageAlone() {
        slack.respondToAction(hooks.baseUrl() + "/commands/T1/1/ok", "Claimed", null);

        hooks.verify(postRequestedFor(urlEqualTo("/commands/T1/1/ok"))
                .withRequestBody(equalToJson(
                        "{\"response_type\":\"ephemeral\",\"replace_original\":false,\"text\":\"Claimed\"}",
                        true,
                        true)));
    }

    @Test
    void anExpiredOrMissingOrForeignSchemeUrlIsAFailedCallNamingTheProblem() {
        assertThatThrownBy(() -> slack.respond(hooks.baseUrl() + "/commands/T1/1/expired", "x", null))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> slack.respond(null, "x", null))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("no response_url");
        assertThatThrownBy(() -> slack.respond("file:///etc/passwd", "x", null))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> slack.respond("http://127.0.0.1:1/closed", "x", null))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("unreachable");
    }
}
