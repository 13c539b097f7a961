package org.alliancecompact.slack.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The strict stand-in at the benchmarks' scale: 10,000 workspace members each sent a DM from many
 * threads at once, every call counted once; a response_url per request with the time its first
 * message arrived; and {@link StrictSlack#forget} leaving nothing of a run behind.
 */
class StrictSlackAtScaleTest {
    private static final int MEMBERS = 10_000;
    private final HttpClient http = HttpClient.newHttpClient();
    private MutableClock clock;
    private StrictSlack slack;

    @BeforeEach
    void start() {
        clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
        slack = StrictSlack.start(clock);
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private static String member(int i) {
        return String.format("U%08d", i);
    }

    private HttpResponse<String> post(String channel, String text) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(slack.apiUrl() + "chat.postMessage"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "Bearer xoxb-test")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                SlackRequests.form(Map.of("channel", channel, "text", text))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void ten_thousand_members_each_get_one_dm_sent_from_eight_threads_at_once() throws Exception {
        for (int i = 0; i < MEMBERS; i++) {
            slack.user(member(i), "member" + i + "@bench.example");
        }
        ExecutorService senders = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger notOk = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < MEMBERS; i = next.getAndIncrement()) {
                        HttpResponse<String> r = post(member(i), "Reminder " + i);
                        if (r.statusCode() != 200 || !r.body().contains("\"ok\":true")) {
                            notOk.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(notOk).hasValue(0);
        assertThat(slack.ok("chat.postMessage")).isEqualTo(MEMBERS);
        assertThat(slack.refusals()).isEmpty();
        for (int i = 0; i < MEMBERS; i++) {
            assertThat(slack.delivered(member(i))).as(member(i)).isEqualTo(1);
        }
        // a DM's conversation counts as its member
        assertThat(slack.delivered(StrictSlack.dmOf(member(7)))).isEqualTo(1);
        assertThat(slack.delivered("U99999999")).isZero();
    }

    @Test
    void over_a_channel_rate_the_429s_are_counted_and_a_full_bucket_is_not_kept() throws Exception {
        for (int i = 0; i < 1_200; i++) {
            slack.user(member(i), "member" + i + "@bench.example");
        }
        slack.limitPerChannel(1.0, 1);
        assertThat(post(member(0), "1").statusCode()).isEqualTo(200);
        assertThat(post(member(0), "2").statusCode()).isEqualTo(429);
        assertThat(slack.rateLimited("chat.postMessage")).isEqualTo(1);
        assertThat(slack.delivered(member(0))).isEqualTo(1);
        // a bucket refilled within a millisecond (rate limits run on real time) is full again at the
        // sweep of the 1,000th admission
        slack.limitPerChannel(1_000.0, 1);
        for (int i = 1; i < 1_200; i++) {
            assertThat(post(member(i), "x").statusCode()).isEqualTo(200);
        }
        assertThat(slack.bucketsKept()).isLessThan(300);
    }

    @Test
    void each_request_gets_its_own_response_url_whose_first_answer_is_timed_by_the_stand_ins_clock() throws Exception {
        String a = slack.responseUrl();
        String b = slack.responseUrl();
        assertThat(a).isNotEqualTo(b);
        assertThat(slack.firstResponseAt(a)).isEmpty();
        clock.advance(Duration.ofMillis(1500));
        respond(a, "{\"text\":\"Recorded: attending\"}");
        clock.advance(Duration.ofMillis(500));
        respond(a, "{\"text\":\"second\"}");
        assertThat(slack.firstResponseAt(a)).hasValue(Instant.parse("2026-11-30T12:00:01.500Z"));
        assertThat(slack.firstResponseAt(b)).isEmpty();
        assertThat(slack.responses())
                .extracting(m -> m.path("text").asText())
                .containsExactlyInAnyOrder("Recorded: attending", "second");
    }

    @Test
    void forget_leaves_users_and_channels_but_nothing_of_the_run() throws Exception {
        slack.user("UANN", "ann@alpha.sch.uk").channel("CGROUP01", "improvement-group");
        post("CGROUP01", "one");
        String url = slack.responseUrl();
        respond(url, "{\"text\":\"x\"}");
        slack.forget();
        assertThat(slack.log("chat.postMessage")).isEmpty();
        assertThat(slack.ok("chat.postMessage")).isZero();
        assertThat(slack.delivered("CGROUP01")).isZero();
        assertThat(slack.responses()).isEmpty();
        assertThat(post("#improvement-group", "two").body()).contains("\"ok\":true");
        assertThat(post("UANN", "dm").body()).contains("\"ok\":true");
    }

    @Test
    void a_submitted_view_is_one_slack_has_on_screen_and_views_update_takes_it() throws Exception {
        String view = "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Saved\"},"
                + "\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Saved.\"}}]}";
        assertThat(update("VNEVER", view)).contains("\"error\":\"not_found\"");
        assertThat(slack.viewOnScreen("VFORM1", "support_request")).isEqualTo("VFORM1");
        assertThat(update("VFORM1", view)).contains("\"ok\":true");
        assertThat(slack.view("VFORM1").orElseThrow().path("title").path("text").asText())
                .isEqualTo("Saved");
    }

    private String update(String viewId, String view) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(slack.apiUrl() + "views.update"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Authorization", "Bearer xoxb-test")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        SlackRequests.form(Map.of("view_id", viewId, "view", view))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private void respond(String url, String json) throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
