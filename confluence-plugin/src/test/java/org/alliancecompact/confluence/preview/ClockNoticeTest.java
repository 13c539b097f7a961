package org.alliancecompact.confluence.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.alliancecompact.model.time.OperatorClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 finding 7: the operator clock "shown in the preview header so nobody mistakes it for real
 * time", and every page served on it.
 */
class ClockNoticeTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static String page(PreviewServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        // signed in: macro pages need a signed-in person, as in Confluence
                        HttpRequest.newBuilder(server.baseUri().resolve(path))
                                .header(
                                        "Cookie",
                                        PreviewCallerSource.COOKIE + "="
                                                + server.callers().cookieValue(PreviewConfig.COORDINATOR_EMAIL))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static PreviewServer start(OperatorClock clock) throws Exception {
        return PreviewServer.start(PreviewConfig.forTest("bolton", "clock-" + UUID.randomUUID()), clock);
    }

    @Test
    void on_an_operator_clock_every_page_header_says_so() throws Exception {
        OperatorClock clock = OperatorClock.from(
                Map.of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", "P30D"), LONDON, Clock.systemUTC());
        try (PreviewServer server = start(clock)) {
            for (String path : new String[] {"", "pages/mou"}) {
                String html = page(server, path);
                int notice = html.indexOf("class=\"compact-operator-clock");
                assertThat(notice).as(path).isPositive();
                // inside the page's header, before its end
                assertThat(html.lastIndexOf("<header", notice)).isGreaterThanOrEqualTo(0);
                assertThat(html.indexOf("</header>", notice)).isGreaterThan(notice);
                assertThat(html).contains("Operator clock (ALLIANCE_CLOCK_OFFSET=P30D): this process&#39;s time is");
            }
        }
    }

    @Test
    void on_real_time_no_page_shows_a_clock() throws Exception {
        try (PreviewServer server = start(OperatorClock.real(Clock.systemUTC(), LONDON))) {
            assertThat(page(server, ""))
                    .doesNotContain("compact-operator-clock")
                    .doesNotContain("Operator clock");
        }
    }

    @Test
    void a_page_without_a_header_gets_the_notice_after_body_and_the_notice_is_escaped() {
        assertThat(ClockNotice.withNotice("<html><body class=\"x\"><p>hi</p></body></html>", "a<b"))
                .isEqualTo("<html><body class=\"x\">\n<div class=\"compact-operator-clock aui-message"
                        + " aui-message-warning\" role=\"status\">a&lt;b</div><p>hi</p></body></html>");
        assertThat(ClockNotice.withNotice("plain", "n")).isEqualTo("plain");
    }
}
