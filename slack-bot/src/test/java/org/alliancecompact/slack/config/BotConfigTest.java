package org.alliancecompact.slack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotConfigTest {
    private static Map<String, String> http() {
        Map<String, String> m = new HashMap<>();
        m.put("SLACK_BOT_TOKEN", "xoxb-1-2-secretbot");
        m.put("SLACK_SIGNING_SECRET", "0123456789abcdef0123456789abcdef");
        m.put("CONFLUENCE_URL", "https://wiki.example.org/");
        m.put("CONFLUENCE_TOKEN", "pat-secret-value");
        return m;
    }

    @Test
    void defaults_fill_what_is_not_given() {
        BotConfig c = BotConfig.from(http());
        assertThat(c.mode()).isEqualTo(BotConfig.Mode.HTTP);
        assertThat(c.slackApiUrl()).hasToString("https://slack.com/api/");
        assertThat(c.confluenceUrl()).hasToString("https://wiki.example.org");
        assertThat(c.databaseUrl()).isEqualTo("jdbc:h2:file:./data/bot/alliance-bot");
        assertThat(c.port()).isEqualTo(3000);
        assertThat(c.allianceProfile()).isEqualTo("bolton");
    }

    @Test
    void an_app_token_means_socket_mode() {
        Map<String, String> m = http();
        m.put("SLACK_APP_TOKEN", "xapp-1-abc");
        assertThat(BotConfig.from(m).mode()).isEqualTo(BotConfig.Mode.SOCKET);
    }

    @Test
    void no_slack_credentials_at_all_means_console_mode() {
        Map<String, String> m = http();
        m.remove("SLACK_BOT_TOKEN");
        m.remove("SLACK_SIGNING_SECRET");
        assertThat(BotConfig.from(m).mode()).isEqualTo(BotConfig.Mode.CONSOLE);
    }

    @Test
    void each_missing_or_bad_value_is_named_in_one_line() {
        assertProblem(without("SLACK_SIGNING_SECRET"), "SLACK_SIGNING_SECRET");
        assertProblem(without("SLACK_BOT_TOKEN"), "SLACK_BOT_TOKEN");
        assertProblem(with("SLACK_BOT_TOKEN", "xoxp-user"), "SLACK_BOT_TOKEN");
        assertProblem(with("SLACK_APP_TOKEN", "nope"), "SLACK_APP_TOKEN");
        assertProblem(without("CONFLUENCE_URL"), "CONFLUENCE_URL");
        assertProblem(with("CONFLUENCE_URL", "ftp://wiki"), "CONFLUENCE_URL");
        assertProblem(without("CONFLUENCE_TOKEN"), "CONFLUENCE_TOKEN");
        assertProblem(with("SLACK_API_URL", "not a url"), "SLACK_API_URL");
        assertProblem(with("DATABASE_URL", "mysql://x"), "DATABASE_URL");
        assertProblem(with("PORT", "eighty"), "PORT");
        assertProblem(with("PORT", "70000"), "PORT");
        assertProblem(with("COORDINATOR_EMAILS", "a@b.org, nobody"), "COORDINATOR_EMAILS");
        assertProblem(with("SUPPORT_CHANNEL", "Bad Channel!"), "SUPPORT_CHANNEL");
    }

    @Test
    @org.junit.jupiter.api.DisplayName(
            "issue 17 point 1: a coordinator may be given a name (Name <email>); plain emails still work")
    void coordinators_may_be_named() {
        BotConfig c = BotConfig.from(with("COORDINATOR_EMAILS", "Cora Jones <Cora@Alliance.org>, plain@alliance.org"));
        assertThat(c.coordinatorEmails()).containsExactly("cora@alliance.org", "plain@alliance.org");
        assertThat(c.isCoordinator("cora@alliance.org")).isTrue();
        assertThat(c.nameOf("CORA@alliance.org")).contains("Cora Jones");
        assertThat(c.nameOf("plain@alliance.org")).isEmpty();
        assertProblem(with("COORDINATOR_EMAILS", "Cora Jones <not-an-email>"), "COORDINATOR_EMAILS");
    }

    @Test
    void to_string_never_shows_a_secret() {
        Map<String, String> m = http();
        m.put("DATABASE_PASSWORD", "dbpass-secret");
        String text = BotConfig.from(m).toString();
        assertThat(text)
                .doesNotContain("secretbot")
                .doesNotContain("0123456789abcdef")
                .doesNotContain("pat-secret-value")
                .doesNotContain("dbpass-secret")
                .contains("wiki.example.org");
    }

    @Test
    void the_properties_file_is_read_and_environment_wins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bot.properties");
        Files.writeString(file, "CONFLUENCE_URL=https://file.example.org\nCONFLUENCE_TOKEN=t\nPORT=4000\n");
        Map<String, String> env = new HashMap<>();
        env.put("BOT_CONFIG", file.toString());
        env.put("PORT", "5000");
        BotConfig c = BotConfig.load(env);
        assertThat(c.confluenceUrl()).hasToString("https://file.example.org");
        assertThat(c.port()).isEqualTo(5000);
        assertThat(c.mode()).isEqualTo(BotConfig.Mode.CONSOLE);
    }

    @Test
    void a_named_settings_file_that_does_not_exist_is_an_error(@TempDir Path dir) {
        assertThatThrownBy(() ->
                        BotConfig.load(Map.of("BOT_CONFIG", dir.resolve("nope").toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("BOT_CONFIG");
    }

    private static Map<String, String> without(String key) {
        Map<String, String> m = http();
        m.remove(key);
        if (key.startsWith("SLACK_BOT")) {
            m.put("SLACK_SIGNING_SECRET", "0123456789abcdef0123456789abcdef");
        }
        return m;
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> m = http();
        m.put(key, value);
        return m;
    }

    private static void assertProblem(Map<String, String> settings, String key) {
        assertThatThrownBy(() -> BotConfig.from(settings))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(key)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
