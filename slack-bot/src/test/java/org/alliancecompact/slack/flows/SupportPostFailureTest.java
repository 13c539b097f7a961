package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When Slack will not take a request's post in the improvement group's channel, the request is kept,
 * the requester is not asked to file it again, the coordinators are told once why, and the post goes
 * out once Slack accepts it.
 */
class SupportPostFailureTest {
    private static final String GROUP = "CGROUP01";
    private BotHarness h;

    @BeforeEach
    void start() {
        h = new BotHarness("bolton").start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void a_refused_group_post_is_kept_the_coordinators_are_told_once_and_it_is_posted_when_slack_accepts() {
        StubMapping refused = h.slack.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + GROUP))
                .willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));

        String reply = h.awaitResponse(h.command("UALPHA", "support 2 phonics in key stage 1"));

        assertThat(reply)
                .contains("request #1")
                .contains("is stored")
                .contains("no need to ask again")
                .doesNotContain("try again");
        assertThat(h.count("select count(*) from support_requests where thread_ts is null"))
                .isEqualTo(1);
        Eventually.await("the coordinator told", () -> !h.postsTo("UCOORD").isEmpty());
        assertThat(h.postsTo("UCOORD").get(0).get("text"))
                .contains("Support request #1")
                .contains("not_in_channel")
                .contains("Invite the bot");

        // the minute job tries again while Slack still refuses: no second message to the coordinator
        h.bot.flows().retryPluginPushes();
        assertThat(h.postsTo("UCOORD")).hasSize(1);
        assertThat(h.count("select count(*) from support_requests where thread_ts is null"))
                .isEqualTo(1);
        // (the scheduler's own minute job may have tried as well)
        assertThat(h.postsTo(GROUP)).as("tried at filing and by the job").hasSizeGreaterThanOrEqualTo(2);

        // the bot is invited: the next run posts it, and later runs leave it alone
        h.slack.removeStub(refused);
        h.bot.flows().retryPluginPushes();
        assertThat(h.count("select count(*) from support_requests where thread_ts is null"))
                .isZero();
        h.bot.flows().retryPluginPushes();
        assertThat(h.postsTo(GROUP)).hasSize(3);
        assertThat(h.postsTo(GROUP).get(2).get("blocks")).contains("phonics in key stage 1");
        assertThat(h.postsTo("UCOORD")).hasSize(1);
    }
}
