package org.alliancecompact.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.alliancecompact.slack.Bot;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.store.SeenSignatures;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.alliancecompact.slack.testkit.SlackPayloads;
import org.alliancecompact.slack.testkit.SlackRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 10, across instances: two bot instances behind one load balancer share one
 * PostgreSQL; a signed command replayed inside Slack's signature window is acted on once, whichever
 * instance each copy reaches (it was acted on once per instance while the guard was in memory only).
 */
class ReplayAcrossInstancesTest {
    private static BotHarness h;
    private static Bot second;
    private static SlackRequests toFirst;
    private static SlackRequests toSecond;

    @BeforeAll
    static void start() {
        h = new BotHarness("exceed").start("bot-a");
        second = Bot.start(
                BotConfig.from(h.settings),
                h.profile,
                new Bot.Options(h.schema, "bot-b", Duration.ofMillis(200), h.clock));
        toFirst = h.requests;
        toSecond = new SlackRequests(second.port(), BotHarness.SECRET);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        h.close();
    }

    private static HttpResponse<String> send(SlackRequests to, String body, long timestamp) {
        return to.post(body, "application/x-www-form-urlencoded", timestamp, true, Map.of());
    }

    @Test
    void a_signed_command_replayed_to_the_other_instance_files_one_request() {
        int before = h.count("select count(*) from support_requests");
        String body =
                SlackPayloads.command("UBETA", "support 1 attendance strategy", h.responseUrl(), h.slack.triggerId());
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> first = send(toFirst, body, now);
        HttpResponse<String> atTheOther = send(toSecond, body, now);
        HttpResponse<String> atTheFirstAgain = send(toFirst, body, now);

        assertThat(first.statusCode()).isEqualTo(200);
        // a copy is acknowledged (Slack must not retry it) and not acted on: no answer in the ack
        assertThat(atTheOther.statusCode()).isEqualTo(200);
        assertThat(atTheOther.body()).isEmpty();
        assertThat(atTheFirstAgain.body()).isEmpty();
        Eventually.await("the request filed", () -> h.count("select count(*) from support_requests") > before);
        Eventually.await("both instances idle", () -> h.bot.idle() && second.idle());
        assertThat(h.count("select count(*) from support_requests")).isEqualTo(before + 1);
    }

    @Test
    void the_same_body_signed_at_another_second_is_another_request_on_either_instance() {
        int before = h.count("select count(*) from support_requests");
        String body = SlackPayloads.command(
                "UBETA", "support 1 phonics in key stage 1", h.responseUrl(), h.slack.triggerId());
        long now = Instant.now().getEpochSecond();
        send(toFirst, body, now);
        send(toSecond, body, now - 1);
        Eventually.await("two requests filed", () -> h.count("select count(*) from support_requests") == before + 2);
    }

    @Test
    void a_signature_is_kept_until_it_is_past_the_window_and_then_forgotten() {
        SeenSignatures seen = new SeenSignatures(h.bot.database().jdbi());
        Instant now = Instant.now();
        assertThat(seen.record("v0=test-expiry", now.plusSeconds(600))).isTrue();
        assertThat(seen.record("v0=test-expiry", now.plusSeconds(600))).isFalse();
        assertThat(seen.forgetBefore(now)).isZero();
        assertThat(seen.record("v0=test-expiry", now.plusSeconds(600))).isFalse();
        assertThat(seen.forgetBefore(now.plusSeconds(601))).isGreaterThanOrEqualTo(1);
        assertThat(seen.record("v0=test-expiry", now.plusSeconds(1200))).isTrue();
    }
}
