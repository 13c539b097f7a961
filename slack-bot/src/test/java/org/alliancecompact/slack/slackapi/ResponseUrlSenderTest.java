package org.alliancecompact.slack.slackapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import java.util.List;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.StrictSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ephemeral replies at a response_url, against the strict Slack stand-in's response URLs. */
class ResponseUrlSenderTest {

    private StrictSlack hooks;
    private SlackMessenger slack;

    @BeforeEach
    void start() {
        hooks = StrictSlack.start();
        slack = new SlackMessenger(
                SlackApi.of(SlackApi.slackFor(java.net.URI.create(hooks.apiUrl())), "xoxb-test"),
                new ResponseUrlSender(com.slack.api.Slack.getInstance()));
    }

    @AfterEach
    void stop() {
        hooks.close();
    }

    @Test
    void aCommandReplyIsEphemeralSnakeCaseJsonWithItsBlocks() throws Exception {
        String url = hooks.responseUrl();
        slack.respond(
                url,
                "Recorded: attending",
                List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText("*Recorded*")))));

        assertThat(hooks.responses(url)).singleElement().isEqualTo(BotHarness.JSON.readTree("""
                        {"response_type":"ephemeral","text":"Recorded: attending",
                         "blocks":[{"type":"section","text":{"type":"mrkdwn","text":"*Recorded*"}}]}"""));
    }

    @Test
    void aButtonReplyLeavesTheOriginalMessageAlone() {
        String url = hooks.responseUrl();
        slack.respondToAction(url, "Claimed", null);

        assertThat(hooks.responses(url)).singleElement().satisfies(reply -> {
            assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(reply.path("replace_original").isBoolean()).isTrue();
            assertThat(reply.path("replace_original").asBoolean()).isFalse();
            assertThat(reply.path("text").asText()).isEqualTo("Claimed");
        });
    }

    @Test
    void anExpiredOrMissingOrForeignSchemeUrlIsAFailedCallNamingTheProblem() {
        String used = hooks.responseUrl();
        for (int i = 0; i < StrictSlack.RESPONSE_URL_USES; i++) {
            slack.respond(used, "answer " + i, null);
        }
        assertThatThrownBy(() -> slack.respond(used, "x", null))
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
