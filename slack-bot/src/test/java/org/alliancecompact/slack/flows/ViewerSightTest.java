package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.RequestSeeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, finding 2: the bot shows a viewer only what the plugin would show that viewer. Beta Academy
 * provided support to Alpha School; that support is over, so the plugin no longer shows Beta Alpha's row
 * (Oldham 3.3), and the bot must not show Beta Alpha's category from its own, wider view either.
 */
class ViewerSightTest {

    private BotHarness h;

    @BeforeEach
    void start() {
        h = new BotHarness("oldham").start();
        // What the plugin shows Beta's head: no row of Alpha's (the bot's own view, stubbed by the
        // harness, still has Alpha as INTENSIVE).
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/register"))
                .withQueryParam("viewer", equalTo("head@beta.sch.uk"))
                .willReturn(
                        okJson("{\"rows\":[],\"headlineCounts\":{\"INTENSIVE\":1,\"TARGETED\":0,\"UNIVERSAL\":0}}")));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    @DisplayName("a provider whose support has ended no longer sees the recipient's category in /alliance requests")
    void aFormerProviderDoesNotSeeTheCategory() {
        new RequestSeeder(new SupportStore(h.bot.database().jdbi()), h.clock.instant())
                .seed("alpha-school", RequestStatus.COMPLETED, "Phonics across KS1", "beta-academy");

        String reply = h.awaitResponse(h.command("UBETA", "requests"));

        assertThat(reply).contains("Phonics across KS1").doesNotContainIgnoringCase("intensive");
        h.plugin.verify(getRequestedFor(urlPathEqualTo("/rest/compact/1.0/register"))
                .withQueryParam("viewer", equalTo("head@beta.sch.uk")));
    }
}
