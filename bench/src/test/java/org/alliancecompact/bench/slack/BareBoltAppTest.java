package org.alliancecompact.bench.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
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
        try (SlackWebApiStandIn slack = SlackWebApiStandIn.start(new SlackWebApiStandIn.Limits(100, 100, Map.of()));
                BareBoltApp app = BareBoltApp.start(SECRET, "xoxb-test", slack.apiUrl())) {
            String body = SignedSlackRequests.body("/alliance", "help", "U1", slack.responseUrl());

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
