package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.alliancecompact.slack.testkit.BotHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "Editions in the product": after a coordinator publishes a new edition the bot "asks every head
 * and chair to sign again ... with a link", once per person per edition, across a restart; "reminders go
 * out before the review is due" (Leeds: "This Memorandum of Understanding will be reviewed annually").
 */
class MouEditionFlowTest {

    private static final String PAGE = "https://wiki.example.org/display/MOU";
    private BotHarness h;

    @BeforeEach
    void start() {
        h = new BotHarness("bolton").start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private LocalDate today() {
        return h.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
    }

    private void edition(int number, LocalDate effective, LocalDate review) {
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/mou/current"))
                .willReturn(okJson("{\"id\":\"edition-" + number + "\",\"number\":" + number
                        + ",\"title\":\"BLA <Protocols> 2027\",\"sections\":[],\"effectiveDate\":\"" + effective
                        + "\",\"reviewDate\":\"" + review + "\",\"fingerprint\":\"" + "a".repeat(64) + "\"}")));
    }

    private void everyoneNotSigned(int number) {
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/mou/status"))
                .willReturn(okJson("{\"editionId\":\"edition-" + number + "\",\"editionNumber\":" + number
                        + ",\"members\":["
                        + "{\"memberId\":\"alpha-school\",\"memberName\":\"Alpha School\",\"status\":\"NOT_SIGNED\","
                        + "\"signedRoles\":[],\"missingRoles\":[\"HEAD\",\"CHAIR\"]},"
                        + "{\"memberId\":\"beta-academy\",\"memberName\":\"Beta Academy\",\"status\":\"NOT_SIGNED\","
                        + "\"signedRoles\":[],\"missingRoles\":[\"HEAD\",\"CHAIR\"]}],"
                        + "\"counts\":{\"NOT_SIGNED\":2}}")));
    }

    private List<Map<String, String>> signAgain(String user) {
        return h.postsTo(user).stream()
                .filter(p -> p.get("text").contains("please sign again"))
                .toList();
    }

    @Test
    @DisplayName(
            "Published: every head and chair is asked to sign again, with a link, once per person per edition, across a restart")
    void everyHeadAndChairIsAskedOnceWithALinkEvenAcrossARestart() {
        edition(2, today().plusDays(14), today().plusDays(14).plusYears(1).minusDays(1));
        everyoneNotSigned(2);

        h.bot.flows().watchMouEdition();
        h.bot.flows().watchMouEdition();
        h.bot.flows().askToSignAgainMou();

        for (String user : List.of("UALPHA", "UALPHACHAIR", "UBETA")) {
            assertThat(signAgain(user)).as(user).hasSize(1);
        }
        assertThat(signAgain("UALPHADEP")).as("deputies do not sign").isEmpty();
        String toChair = signAgain("UALPHACHAIR").get(0).get("blocks");
        assertThat(toChair)
                .contains("edition 2")
                .contains("*Alpha School* as chair")
                .contains(PAGE)
                .contains("lt;Protocols") // &lt; as Slack wants it (the JSON writes & as \\u0026)
                .doesNotContain("<Protocols>")
                .doesNotContain("\\u003cProtocols");

        // the daily reminder once the edition is in effect does not ask the same people again
        h.clock.advance(Duration.ofDays(15));
        h.bot.flows().remindUnsignedMou();
        for (String user : List.of("UALPHA", "UALPHACHAIR", "UBETA")) {
            assertThat(h.postsTo(user)).as(user).hasSize(1);
        }

        h.stopBot();
        h.start("bot-b");
        h.bot.flows().watchMouEdition();
        h.bot.flows().askToSignAgainMou();
        assertThat(signAgain("UALPHA")).as("after a restart").hasSize(1);

        // the next edition is a new ask
        edition(3, today().plusDays(1), today().plusDays(1).plusYears(1).minusDays(1));
        everyoneNotSigned(3);
        h.bot.flows().watchMouEdition();
        assertThat(signAgain("UBETA")).hasSize(2);
        assertThat(signAgain("UBETA").get(1).get("blocks")).contains("edition 3");
    }

    @Test
    void theFirstEditionIsNotSignedAgainAndAFullySignedMemberIsNotAsked() {
        edition(1, today().minusDays(10), today().plusYears(1));
        everyoneNotSigned(1);
        h.bot.flows().watchMouEdition();
        assertThat(signAgain("UALPHA")).isEmpty();

        edition(2, today().plusDays(1), today().plusDays(1).plusYears(1).minusDays(1));
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/mou/status"))
                .willReturn(okJson("{\"editionId\":\"edition-2\",\"editionNumber\":2,\"members\":["
                        + "{\"memberId\":\"alpha-school\",\"memberName\":\"Alpha School\",\"status\":\"SIGNED\","
                        + "\"signedRoles\":[\"HEAD\",\"CHAIR\"],\"missingRoles\":[]},"
                        + "{\"memberId\":\"beta-academy\",\"memberName\":\"Beta Academy\",\"status\":\"PARTLY_SIGNED\","
                        + "\"signedRoles\":[\"CHAIR\"],\"missingRoles\":[\"HEAD\"]}],"
                        + "\"counts\":{\"SIGNED\":1,\"PARTLY_SIGNED\":1}}")));
        h.bot.flows().watchMouEdition();
        assertThat(signAgain("UALPHA")).isEmpty();
        assertThat(signAgain("UALPHACHAIR")).isEmpty();
        assertThat(signAgain("UBETA")).hasSize(1);
    }

    @Test
    @DisplayName(
            "'will be reviewed annually': coordinators are reminded a month and a week before the review date, once each")
    void coordinatorsAreRemindedAMonthAndAWeekBeforeTheReview() {
        LocalDate review = today().plusDays(40);
        edition(2, today().minusDays(300), review);
        h.bot.flows().remindMouReview();
        assertThat(reviewReminders()).as("40 days before: not yet").isZero();

        h.clock.advance(Duration.ofDays(20));
        h.bot.flows().remindMouReview();
        h.bot.flows().remindMouReview();
        assertThat(reviewReminders()).isEqualTo(1);
        assertThat(h.postsTo("UCOORD").get(0).get("blocks"))
                .contains("due for its annual review by")
                .contains("in 20 days")
                .contains(PAGE);
        assertThat(h.postsTo("UALPHA")).as("heads are not asked to review").isEmpty();

        h.clock.advance(Duration.ofDays(14)); // 6 days before: the week's reminder
        String url = h.command("UCOORD", "run mou-review");
        assertThat(h.awaitResponse(url)).startsWith("Ran mou-review at ").contains(": 1 message sent (");
        assertThat(reviewReminders()).isEqualTo(2);

        h.clock.advance(Duration.ofDays(7)); // past the review date: the edition has lapsed
        h.bot.flows().remindMouReview();
        assertThat(reviewReminders()).isEqualTo(2);
    }

    @Test
    void aMissedMonthReminderAndTheWeekReminderComeAsOneMessage() {
        edition(2, today().minusDays(300), today().plusDays(3));
        h.bot.flows().remindMouReview();
        h.bot.flows().remindMouReview();
        assertThat(reviewReminders()).isEqualTo(1);
        assertThat(h.postsTo("UCOORD").get(0).get("blocks")).contains("in 3 days");
    }

    private long reviewReminders() {
        return h.postsTo("UCOORD").stream()
                .filter(p -> p.get("text").contains("is due for review"))
                .count();
    }
}
