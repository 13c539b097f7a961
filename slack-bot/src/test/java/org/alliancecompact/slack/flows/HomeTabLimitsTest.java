package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A chair who governs twelve schools (issue 15: "a chair of governors shared by ... schools") still gets a Home
 * tab: a section for every school, within Slack's 100 blocks (fewer meetings under each).
 */
class HomeTabLimitsTest {

    private BotHarness h;

    @BeforeEach
    void start() {
        h = new BotHarness("bolton");
        String members = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "{\"id\":\"school-" + i + "\",\"name\":\"School " + i + "\",\"kind\":\"SCHOOL\","
                        + "\"phase\":\"PRIMARY\",\"state\":\"FULL\",\"joinedOn\":\"2024-09-01\",\"people\":["
                        + "{\"email\":\"chair@trust.org.uk\",\"name\":\"Pat Chair\",\"role\":\"CHAIR\"}]}")
                .collect(Collectors.joining(",", "[", "]"));
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(members)));
        h.user("UPAT", "chair@trust.org.uk", "Pat Chair");
        h.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    @DisplayName("twelve schools and five meetings: every school has its section, within 100 blocks")
    void aChairOfTwelveSchoolsGetsATab() throws Exception {
        LocalDate today = h.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
        for (int i = 1; i <= 5; i++) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("kind", "opt:ALLIANCE_MEETING");
            v.put("title", "Meeting " + i);
            v.put("date", "date:" + today.plusDays(7L * i));
            v.put("time", "time:09:00");
            v.put("place", "Bolton Arena");
            assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", v)))
                    .isEmpty();
        }
        int before = h.slack.accepted("views.publish").size();
        h.homeOpened("UPAT", "EvPat1", Map.of());
        Eventually.await(
                "the Home tab published",
                () -> h.slack.accepted("views.publish").size() > before);
        JsonNode view = BotHarness.JSON.readTree(
                h.slack.accepted("views.publish").get(before).get("view"));
        assertThat(view.path("blocks").size()).isBetween(12 * 4, SlackLimits.VIEW_BLOCKS);
        String text = view.toString();
        for (int i = 1; i <= 12; i++) {
            assertThat(text).contains("*School " + i + "* (you are its chair)");
        }
        assertThat(text).contains("Meeting 1").doesNotContain("Meeting 5");
    }
}
