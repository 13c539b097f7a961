package org.alliancecompact.slack.console;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.testkit.BotHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console drives the same Bolt listeners over signed HTTP on loopback, with the embedded H2
 * default database: typed commands, a modal filled in line by line, buttons pressed by number.
 */
class ConsoleModeTest {
    // issue 17 point 10 is asserted at the end of the one walk-through (a bot start costs seconds)

    @Test
    void a_member_files_a_support_request_through_the_modal_and_a_coordinator_claims_it(@TempDir Path dir) {
        WireMockServer plugin =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        plugin.start();
        try {
            plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(BotHarness.MEMBERS)));
            plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/register"))
                    .willReturn(okJson("{\"rows\":[],\"headlineCounts\":{}}")));
            BotConfig config = BotConfig.from(Map.of(
                    "CONFLUENCE_URL", plugin.baseUrl(),
                    "CONFLUENCE_TOKEN", "t",
                    "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("bot"),
                    "COORDINATOR_EMAILS", "coord@alliance.org",
                    "SUPPORT_CHANNEL", "#improvement-group"));
            assertThat(config.mode()).isEqualTo(BotConfig.Mode.CONSOLE);
            String typed = String.join(
                    "\n",
                    "nobody@x.example", // not listed: asked again
                    "99", // not a listed number: asked again
                    "head@alpha.sch.uk", // Ann Head, Alpha School (the coordinator is listed first)
                    "/alliance help",
                    "/alliance support",
                    "", // focus left empty: refused, asked again
                    "2",
                    "", // no preferred provider
                    "phonics in key stage 1",
                    "/alliance rsvp x attend",
                    "as coord@alliance.org",
                    "/alliance requests",
                    "1", // the Claim button on the group's post
                    "1", // again: the post was replaced, so the button is spent
                    "buttons",
                    "as stranger@nowhere.example",
                    "home",
                    "quit",
                    "");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ConsoleMode.run(
                    config,
                    new ProfileLoader().loadBundled("bolton"),
                    new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertThat(out).contains("You are now Ann Head <head@alpha.sch.uk>");
            assertThat(out).contains("What /alliance does");
            assertThat(out).contains("== Request support ==");
            assertThat(out).contains("! What is the support for?: Say what the support is for.");
            assertThat(out).contains("Sent.");
            assertThat(out).contains("[#improvement-group]").contains("Support request #1 from Alpha School");
            assertThat(out).contains("[1] Claim");
            assertThat(out).contains("Usage: /alliance rsvp <meeting> attend");
            assertThat(out).contains("Open support requests, by priority").contains("phonics in key stage 1");
            assertThat(out).contains("[#improvement-group] (updated)").contains("claimed it.");
            assertThat(out).contains("[App Home]").contains("You are a coordinator.");
            // issue 17 point 10: who you are is one of the people listed; names, not emails; spent buttons
            assertThat(out)
                    .contains("'nobody@x.example' is not one of the people listed: type a number from 1 to 5")
                    .contains("'99' is not one of the people listed")
                    .contains("'stranger@nowhere.example' is not one of the people listed")
                    .doesNotContain("You are now stranger");
            assertThat(out).contains("[DM to Ann Head]").contains("Ann Head>");
            assertThat(out)
                    .contains("Button 1 (Claim) is on a message since replaced or deleted")
                    .contains("  [1] Claim (gone)")
                    .contains("(buttons 1, 2 above replaced: they do nothing now)");
        } finally {
            plugin.stop();
        }
    }
}
