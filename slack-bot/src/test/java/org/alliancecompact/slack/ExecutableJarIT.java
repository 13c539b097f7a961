package org.alliancecompact.slack;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.alliancecompact.slack.testkit.StrictSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, finding 11: {@code java -jar slack-bot/target/slack-bot-<version>.jar} starts the bot. The
 * packaged jar (path from failsafe's {@code bot.jar}) is started as its own process in HTTP mode, with
 * the strict stand-in for Slack's Web API, WireMock for Confluence and an H2 file database in a
 * temporary folder;
 * the test waits for {@code /healthz} to answer 200, then stops the process.
 */
class ExecutableJarIT {

    @Test
    void java_dash_jar_starts_the_bot_in_http_mode(@TempDir Path work) throws Exception {
        Path jar = Path.of(System.getProperty("bot.jar", "target/slack-bot-0.1.0.jar"));
        assertThat(jar).as("run after `mvn package`").exists();
        StrictSlack slack = StrictSlack.start();
        WireMockServer confluence =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        confluence.start();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = work.resolve("bot.log");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toAbsolutePath().toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DATABASE_"));
        pb.environment().put("SLACK_BOT_TOKEN", "xoxb-it-token");
        pb.environment().put("SLACK_SIGNING_SECRET", "0123456789abcdef0123456789abcdef");
        pb.environment().put("SLACK_API_URL", slack.apiUrl());
        pb.environment().put("CONFLUENCE_URL", confluence.baseUrl());
        pb.environment().put("CONFLUENCE_TOKEN", "it-token");
        pb.environment()
                .put("DATABASE_URL", "jdbc:h2:file:" + work.resolve("db/bot").toAbsolutePath());
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("BIND_ADDRESS", "127.0.0.1");
        Process bot = pb.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            HttpResponse<String> answer = null;
            while (answer == null || answer.statusCode() != 200) {
                assertThat(bot.isAlive())
                        .as("the bot exited early:\n%s", Files.exists(log) ? Files.readString(log) : "")
                        .isTrue();
                assertThat(Instant.now()).as("no answer on /healthz in 90 s").isBefore(deadline);
                Thread.sleep(250);
                try {
                    answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException notYet) {
                    answer = null;
                }
            }
            assertThat(answer.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(Files.readString(log)).contains("started (HTTP mode, port " + port + ")");
        } finally {
            bot.destroy(); // SIGTERM: the shutdown hook closes the bot
            if (!bot.waitFor(20, TimeUnit.SECONDS)) {
                bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            confluence.stop();
            slack.close();
        }
        assertThat(bot.isAlive()).isFalse();
    }
}
