package org.alliancecompact.slack.console;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

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

/**
 * One console session as a person at the terminal has it: the lines typed, in order, against the bot on an
 * H2 file database and a stand-in Confluence (WireMock, the test kit's two members); the screen it leaves.
 */
final class ConsoleRun {
    private ConsoleRun() {}

    /** Types each line (then "quit") as coord@alliance.org or a member's person; returns everything printed. */
    static String typed(Path dir, String... lines) {
        WireMockServer plugin =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        plugin.start();
        try {
            plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(BotHarness.MEMBERS)));
            plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/register"))
                    .willReturn(okJson("{\"rows\":[],\"headlineCounts\":{}}")));
            plugin.stubFor(put(urlPathMatching("/rest/compact/1.0/support-assignments/.*"))
                    .willReturn(okJson("{}")));
            BotConfig config = BotConfig.from(Map.of(
                    "CONFLUENCE_URL", plugin.baseUrl(),
                    "CONFLUENCE_TOKEN", "t",
                    "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("bot"),
                    "COORDINATOR_EMAILS", "coord@alliance.org",
                    "SUPPORT_CHANNEL", "#improvement-group"));
            String input = String.join("\n", lines) + "\nquit\n";
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ConsoleMode.run(
                    config,
                    new ProfileLoader().loadBundled("bolton"),
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            plugin.stop();
        }
    }
}
