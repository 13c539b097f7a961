package org.alliancecompact.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.harness.OpenLoopDriver;
import org.alliancecompact.slack.testkit.StrictSlack;
import org.junit.jupiter.api.Test;

class ReminderFanOutTest {
    private final HttpClient http = OpenLoopDriver.loopbackClient();

    private ReminderFanOut.Sender posting(StrictSlack slack, String skip) {
        return (channel, text) -> {
            if (channel.equals(skip)) {
                return;
            }
            String form = "token=xoxb-test&channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8) + "&text="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(slack.apiUrl() + "chat.postMessage"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
        };
    }

    private static BenchResult measure(List<BenchResult> results, String suffix) {
        return results.stream()
                .filter(r -> r.measure().endsWith(suffix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyMemberReachedOnceIsReportedAsSuch() throws Exception {
        try (StrictSlack slack = StrictSlack.start().limitPerChannel(1, 3)) {
            List<BenchResult> results = ReminderFanOut.run("plain", slack, posting(slack, null), 40);

            assertThat(measure(results, "members left unsent").value()).isZero();
            assertThat(measure(results, "members sent twice").value()).isZero();
            assertThat(measure(results, "sends that gave up").value()).isZero();
            assertThat(measure(results, "members left unsent").verdict()).isEqualTo("met");
        }
    }

    @Test
    void aMemberLeftOutOrAFailedSendIsCaught() throws Exception {
        try (StrictSlack slack = StrictSlack.start().limitPerChannel(1, 3)) {
            ReminderFanOut.Sender sender = posting(slack, ReminderFanOut.userId(7));
            List<BenchResult> results = ReminderFanOut.run(
                    "lossy",
                    slack,
                    (channel, text) -> {
                        if (channel.equals(ReminderFanOut.userId(11))) {
                            throw new IllegalStateException("gave up");
                        }
                        sender.post(channel, text);
                    },
                    20);

            assertThat(measure(results, "members left unsent").value()).isEqualTo(2);
            assertThat(measure(results, "members left unsent").verdict()).isEqualTo("MISSED");
            assertThat(measure(results, "sends that gave up").value()).isEqualTo(1);
        }
    }
}
