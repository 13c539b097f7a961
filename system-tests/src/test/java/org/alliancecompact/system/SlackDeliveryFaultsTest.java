package org.alliancecompact.system;

import static org.alliancecompact.system.RunningSystem.SMITHILLS_HEAD;
import static org.alliancecompact.system.RunningSystem.ST_PETERS_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.alliancecompact.slack.http.SlackSignature;
import org.alliancecompact.slack.testkit.StrictSlack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Slack's side of the wire can do to the bot process: redeliver an event, send requests that are
 * forged, stale or from the future, and answer the bot's own calls with 429 and 5xx.
 */
class SlackDeliveryFaultsTest {

    static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem("slack-faults", "bolton", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anEventDeliveredThreeTimesIsHandledOnce() throws Exception {
        String event = """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback",
                 "event_id":"Ev0FAULTS1","event_time":%d,
                 "event":{"type":"app_home_opened","user":"%s","channel":"D1","tab":"home","event_ts":"1.0"}}""".formatted(Instant.now().getEpochSecond(), SMITHILLS_HEAD);
        int before = system.slack.calls("views.publish").size();

        Instant first = Instant.now();
        assertThat(system.event(event, Map.of()).statusCode()).isEqualTo(200);
        for (int retry = 1; retry <= 2; retry++) {
            HttpResponse<String> again = system.event(
                    event, Map.of("X-Slack-Retry-Num", String.valueOf(retry), "X-Slack-Retry-Reason", "http_timeout"));
            assertThat(again.statusCode())
                    .as("redelivery %d is acknowledged", retry)
                    .isEqualTo(200);
        }
        Duration acks = Duration.between(first, Instant.now());
        Await.until("the App Home", () -> system.slack.calls("views.publish").size(), n -> n > before);
        // The work runs after the acknowledgement: give a duplicate time to show itself.
        Thread.sleep(3_000);

        assertThat(system.slack.calls("views.publish")).hasSize(before + 1);
        assertThat(system.bot.logText()).contains("Event Ev0FAULTS1 already handled");
        System.out.printf(
                "FIGURES duplicate-event: 3 deliveries of one event_id acknowledged in %d ms, views.publish calls: %d%n",
                acks.toMillis(), system.slack.calls("views.publish").size() - before);
    }

    @Test
    void forgedStaleAndFutureRequestsAreRefusedAndTheLogKeepsTheSecretOut() throws Exception {
        String responseUrl = system.slack.responseUrl();
        String body = "token=legacy&team_id=T1&user_id=" + ST_PETERS_HEAD + "&command=%2Falliance&text=mou"
                + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id="
                + system.slack.triggerId();
        long now = Instant.now().getEpochSecond();
        String forgedSecret = "0123456789abcdef0123456789abcdef";
        String forgedSignature = new SlackSignature(forgedSecret, Clock.systemUTC())
                .sign(Long.toString(now), body.getBytes(StandardCharsets.UTF_8));

        int forged = refused(body, now, forgedSignature);
        int stale = refused(body, now - 360, system.sign(now - 360, body));
        int future = refused(body, now + 360, system.sign(now + 360, body));
        int unsigned = system.post(system.botBase, "application/x-www-form-urlencoded", body, Map.of())
                .statusCode();

        assertThat(List.of(forged, stale, future, unsigned))
                .allSatisfy(status -> assertThat(status).isIn(401, 403));
        Thread.sleep(1_000);
        assertThat(system.slack.responses(responseUrl)).as("nothing ran").isEmpty();
        String log = system.bot.logText();
        assertThat(log)
                .contains("Refused Slack request from 127.0.0.1: MISMATCH")
                .contains("Refused Slack request from 127.0.0.1: STALE")
                .contains("Refused Slack request from 127.0.0.1: FROM_THE_FUTURE")
                .contains("Refused Slack request from 127.0.0.1: MISSING_HEADERS")
                .doesNotContain(RunningSystem.SIGNING_SECRET)
                .doesNotContain(forgedSecret)
                .doesNotContain(forgedSignature)
                .doesNotContain("xoxb-e2e-token")
                .doesNotContain(RunningSystem.BOT_TOKEN);
        System.out.printf(
                "FIGURES signatures: forged %d, stale (-6 min) %d, future (+6 min) %d, unsigned %d; secret in log: no%n",
                forged, stale, future, unsigned);
    }

    @Test
    void aPostAnswered429ThenServerErrorStillArrivesAfterTheRetryAfterWait() throws Exception {
        // Slack is busy for the next post to the group: 429 with Retry-After 2, then 503, then it is taken
        var toGroup = StrictSlack.where("channel", RunningSystem.SUPPORT_CHANNEL);
        system.slack.failHttp("chat.postMessage", toGroup, 429, 2, 1);
        system.slack.failHttp("chat.postMessage", toGroup, 503, 0, 1);

        int request = system.fileRequest(ST_PETERS_HEAD, "1 Phonics training");
        assertThat(system.groupPost(request)).contains("Support request #" + request);

        List<StrictSlack.Call> posts = system.slack.log("chat.postMessage").stream()
                .filter(c -> RunningSystem.SUPPORT_CHANNEL.equals(c.fields().get("channel")))
                .toList();
        assertThat(posts).as("429, then 503, then accepted").hasSize(3);
        Duration afterLimit = Duration.between(posts.get(0).at(), posts.get(1).at());
        Duration afterError = Duration.between(posts.get(1).at(), posts.get(2).at());
        assertThat(afterLimit).as("Retry-After: 2 honoured").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(afterError).as("a pause before retrying a 5xx").isPositive();
        System.out.printf(
                "FIGURES slack-429-5xx: 3 attempts; waited %d ms after 429 (Retry-After 2 s), %d ms after 503;"
                        + " message delivered once%n",
                afterLimit.toMillis(), afterError.toMillis());
    }

    private static int refused(String body, long timestamp, String signature) throws Exception {
        return system.post(
                        system.botBase,
                        "application/x-www-form-urlencoded",
                        body,
                        Map.of("X-Slack-Request-Timestamp", String.valueOf(timestamp), "X-Slack-Signature", signature))
                .statusCode();
    }
}
