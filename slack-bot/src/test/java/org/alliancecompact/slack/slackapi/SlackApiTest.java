package org.alliancecompact.slack.slackapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.alliancecompact.slack.testkit.StrictSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bolt's Web API client pointed at the strict Slack stand-in through SLACK_API_URL, wrapped with retries. */
class SlackApiTest {
    private StrictSlack slack;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private SlackApi api;

    @BeforeEach
    void client() {
        slack = StrictSlack.start().channel("C1", "general").user("U1", "a@b.org", "Ann");
        var methods = SlackApi.slackFor(URI.create(slack.apiUrl())).methods("xoxb-token");
        api = new SlackApi(methods, waits::add, 4, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private void postHello(String channel) {
        api.call(
                "chat.postMessage",
                c -> c.chatPostMessage(r -> r.channel(channel).text("hello")));
    }

    @Test
    void a_429_is_retried_after_the_seconds_slack_asks_for() {
        slack.failHttp("chat.postMessage", 429, 3, 1);
        postHello("C1");
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        assertThat(slack.log("chat.postMessage")).hasSize(2);
        assertThat(slack.accepted("chat.postMessage"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("token", "xoxb-token"));
    }

    @Test
    void a_real_wait_of_one_second_is_honoured_by_the_default_sleeper() {
        slack.failHttp("users.info", 429, 1, 1);
        SlackApi real = SlackApi.of(SlackApi.slackFor(URI.create(slack.apiUrl())), "xoxb-token");
        long started = System.nanoTime();
        var user = real.call("users.info", c -> c.usersInfo(r -> r.user("U1"))).getUser();
        assertThat(user.getProfile().getEmail()).isEqualTo("a@b.org");
        assertThat(slack.log("users.info")).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void server_errors_back_off_and_give_up_after_the_last_attempt() {
        slack.failHttp("chat.postMessage", 503, 0, 100);
        assertThatThrownBy(() -> postHello("C1"))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("chat.postMessage");
        assertThat(slack.log("chat.postMessage")).hasSize(4);
        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void an_error_from_slack_is_not_retried_and_names_slacks_error_code() {
        assertThatThrownBy(() -> postHello("CNOPE"))
                .isInstanceOf(SlackCallFailed.class)
                .satisfies(e -> assertThat(((SlackCallFailed) e).error()).isEqualTo("channel_not_found"));
        assertThat(slack.log("chat.postMessage")).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void the_sdks_call_statistics_are_off_because_the_bot_never_reads_them() {
        var config = SlackApi.slackFor(URI.create(slack.apiUrl())).getConfig();

        assertThat(config.isStatsEnabled()).isFalse();
        assertThat(config.getMethodsEndpointUrlPrefix()).isEqualTo(slack.apiUrl());
        // and calls still go through without them
        postHello("C1");
        assertThat(slack.accepted("chat.postMessage")).hasSize(1);
    }
}
