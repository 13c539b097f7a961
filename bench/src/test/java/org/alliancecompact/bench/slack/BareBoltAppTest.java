package org.alliancecompact.bench.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.alliancecompact.slack.testkit.SlackPayloads;
import org.alliancecompact.slack.testkit.StrictSlack;
import org.junit.jupiter.api.Test;

class BareBoltAppTest {
    private static final String SECRET = "test-signing-secret";

    @Test
    void signsExactlyAsSlacksOwnLibraryDoes() {
        SignedSlackRequests requests =
                new SignedSlackRequests(java.net.URI.create("http://127.0.0.1:1/"), SECRET, Clock.systemUTC());
        String body = "command=%2Falliance&text=help";
        assertThat(requests.signature(1_700_000_000L, body))
                .isEqualTo(new SlackSignature.Generator(SECRET).generate("1700000000", body));
    }

    @Test
    void acknowledgesASignedCommandAndRefusesAForgedOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (StrictSlack slack = StrictSlack.start();
                BareBoltApp app = BareBoltApp.start(SECRET, "xoxb-test", java.net.URI.create(slack.apiUrl()))) {
            String body = SlackPayloads.command("U1", "help", slack.responseUrl(), slack.triggerId());

            HttpRequest signed = new SignedSlackRequests(app.endpoint(), SECRET, Clock.systemUTC()).signed(body);
            HttpResponse<String> ok = http.send(signed, HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("try /alliance help");

            HttpRequest forged =
                    new SignedSlackRequests(app.endpoint(), "not-the-secret", Clock.systemUTC()).signed(body);
            assertThat(http.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(401);
        }
    }
}
