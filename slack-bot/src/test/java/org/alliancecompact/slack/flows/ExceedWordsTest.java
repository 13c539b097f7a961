package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 7, for Exceed: its profile (exceed.yml) sets no deputy limit ("not in the MOU"), brokers
 * support of more than two days (clauses 17 and 21) and commits no days. Members read each in words: never
 * "1 of 99", never "more than 0 days", never "given 0 of 0 ... commitment met". Oldham's side is
 * {@link DeputyNoLimitFlowTest} and {@link SupportWordsTest}.
 */
class ExceedWordsTest {
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("exceed").start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    @DisplayName("Exceed: no deputy limit in words, however many deputies are sent")
    void noDeputyLimitInWords() {
        LocalDate today = h.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
        for (int i = 1; i <= 2; i++) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("kind", "opt:ALLIANCE_MEETING");
            v.put("title", "Partners' meeting " + i);
            v.put("date", "date:" + today.plusDays(10L * i));
            v.put("time", "time:16:00");
            v.put("place", "Exceed SCITT");
            assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", v)))
                    .isEmpty();
        }
        for (int i = 1; i <= 2; i++) {
            assertThat(h.awaitResponse(h.command("UBETA", "rsvp " + i + " deputy Sam Stand-in")))
                    .contains("Sam Stand-in will attend")
                    .contains("There is no limit on deputies at")
                    .doesNotContain("for you:")
                    .doesNotContainPattern("\\d+ of \\d+")
                    .doesNotContain("99");
        }
        assertThat(h.pressForModal("UALPHA", "rsvp:deputy", "2:alpha-school"))
                .contains("There is no limit on deputies")
                .doesNotContain("99")
                .doesNotContain("time(s)");
    }

    @Test
    @DisplayName("Exceed: brokerage over two days, and no committed days, said in words")
    void brokerageAndNoCommittedDaysInWords() {
        assertThat(h.awaitResponse(h.command("UALPHA", "support 1 phonics")))
                .startsWith("Your request #1 for 1 day for Alpha School has gone to ")
                .doesNotContain("brokered");
        String filed = h.awaitResponse(h.command("UALPHA", "support 3 maths mastery"));
        assertThat(filed)
                .contains("Your request #2 for 3 days for Alpha School")
                .endsWith("It is for more than 2 days, so it will be brokered first.")
                .doesNotContain("more than 0");
        Eventually.await("posted", () -> h.postsTo(BotHarness.GROUP).size() >= 2);
        assertThat(h.postsTo(BotHarness.GROUP).get(1).get("blocks"))
                .contains("*brokerage required* (more than 2 days)")
                .doesNotContain("more than 0");
        assertThat(h.postsTo(BotHarness.GROUP).get(0).get("blocks"))
                .contains("Days: 1 day")
                .doesNotContain("brokerage")
                .doesNotContain("1 days");

        String queue = h.awaitResponse(h.command("UCOORD", "requests"));
        assertThat(queue)
                .contains("Alpha School: no committed days; given 0 days, received 0 days")
                .doesNotContain("of 0")
                .doesNotContain("commitment met")
                .doesNotContain("outstanding");
    }
}
