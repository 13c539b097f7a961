package org.alliancecompact.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotMainTest {
    @Test
    void a_bundled_profile_is_loaded_by_name() {
        assertThat(BotMain.loadProfile("oldham").id()).isEqualTo("oldham");
    }

    @Test
    void an_unknown_profile_stops_start_up_naming_the_setting() {
        assertThatThrownBy(() -> BotMain.loadProfile("manchester"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ALLIANCE_PROFILE")
                .hasMessageContaining("bolton");
    }

    @Test
    void a_bad_profile_file_stops_start_up_on_one_line(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yml");
        Files.writeString(file, "id: mine\nname: Mine\n");
        assertThatThrownBy(() -> BotMain.loadProfile(file.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ALLIANCE_PROFILE: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static final java.util.Map<String, String> DEFAULTS =
            java.util.Map.of("CONFLUENCE_URL", "http://127.0.0.1:8090", "CONFLUENCE_TOKEN", "t"); // what run.sh sets

    @Test
    @org.junit.jupiter.api.DisplayName(
            "issue 17 point 1: on the defaults the console's coordinators and leader are the demo's")
    void the_console_on_the_defaults_has_the_demos_coordinators_and_partnership_leader() {
        var config = BotMain.config(DEFAULTS, BotMain.loadProfile("oldham"));
        assertThat(config.coordinatorEmails())
                .containsExactly("coordinator@alliance.example", "coordinator2@alliance.example");
        assertThat(config.partnershipLeaderEmails()).containsExactly("leader@alliance.example");
        var set = new java.util.HashMap<>(DEFAULTS);
        set.put("COORDINATOR_EMAILS", "me@school.example");
        assertThat(BotMain.config(set, BotMain.loadProfile("oldham")).coordinatorEmails())
                .containsExactly("me@school.example");
    }

    @Test
    void with_slack_credentials_nobody_is_a_coordinator_by_default() {
        var slack = new java.util.HashMap<>(DEFAULTS);
        slack.put("SLACK_BOT_TOKEN", "xoxb-1");
        slack.put("SLACK_SIGNING_SECRET", "0123456789abcdef0123");
        assertThat(BotMain.config(slack, BotMain.loadProfile("bolton")).coordinatorEmails())
                .isEmpty();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("issue 17 point 9: the bot's data folder is refused to another profile")
    void the_bots_data_folder_is_claimed_by_its_profile(@TempDir Path dir) {
        var settings = new java.util.HashMap<>(DEFAULTS);
        settings.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("bot/alliance-bot") + ";MODE=PostgreSQL");
        BotMain.claimDataFolder(BotMain.config(settings, BotMain.loadProfile("bolton")), BotMain.loadProfile("bolton"));
        assertThat(dir.resolve("bot").resolve(org.alliancecompact.model.profile.DataFolderProfile.FILE))
                .exists();
        settings.put("ALLIANCE_PROFILE", "leeds");
        assertThatThrownBy(() -> BotMain.claimDataFolder(
                        BotMain.config(settings, BotMain.loadProfile("leeds")), BotMain.loadProfile("leeds")))
                .hasMessage(dir.resolve("bot") + " was made for Bolton Learning Alliance; run with"
                        + " ALLIANCE_PROFILE=bolton or move " + dir.resolve("bot") + " away to start afresh");
        assertThat(BotMain.dataFolder("jdbc:postgresql://db/alliance")).isEmpty();
        assertThat(BotMain.dataFolder(BotConfig.DEFAULT_DATABASE_URL)).contains(Path.of("./data/bot"));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("issue 17 point 2: in console mode the log goes to a file, not the terminal")
    void console_logging_goes_to_a_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/bot.log");
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setErr(new java.io.PrintStream(captured, true));
        System.setOut(new java.io.PrintStream(captured, true)); // logback-test.xml logs to standard output
        try (AutoCloseable undo = org.alliancecompact.slack.console.ConsoleLogging.toFileUntilClosed(file)) {
            org.slf4j.LoggerFactory.getLogger("org.alliancecompact.slack.Bot")
                    .warn("Alliance bot for Bolton started (HTTP mode, port 33529)");
        } finally {
            System.setErr(err);
            System.setOut(stdout);
        }
        assertThat(Files.readString(file)).contains("WARN").contains("started (HTTP mode, port 33529)");
        assertThat(captured.toString()).doesNotContain("started (HTTP mode");
    }
}
