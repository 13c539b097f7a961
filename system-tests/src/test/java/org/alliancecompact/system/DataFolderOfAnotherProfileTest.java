package org.alliancecompact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.alliancecompact.model.profile.DataFolderProfile;
import org.alliancecompact.slack.BotMain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 9: "Running another profile over an existing ./data silently mixes the two alliances". With
 * {@code ./data} laid out as {@code scripts/run.sh} leaves it after a Bolton run (data/preview and data/bot, each
 * recording its profile on first start), both processes started with {@code ALLIANCE_PROFILE=oldham} stop before
 * touching anything, saying which alliance the folder holds and what to do; the folder still says Bolton.
 */
class DataFolderOfAnotherProfileTest {

    @Test
    @DisplayName("the preview and the bot both refuse a data folder made with another profile, saying what to do")
    void both_processes_refuse_a_data_folder_of_another_profile(@TempDir Path work) throws Exception {
        Path preview = work.resolve("data/preview");
        Path bot = work.resolve("data/bot");
        // the first run, with the defaults: each process records Bolton in its folder
        DataFolderProfile.claim(preview, BotMain.loadProfile("bolton"), "bolton");
        DataFolderProfile.claim(bot, BotMain.loadProfile("bolton"), "bolton");
        Files.writeString(
                preview.resolve("integration-token"),
                "token-of-boltons-run-0123456789abcdefghijklmnopq"); // run.sh keeps it there
        String previewRecord = Files.readString(preview.resolve(DataFolderProfile.FILE));
        String botRecord = Files.readString(bot.resolve(DataFolderProfile.FILE));

        String advice = "was made for Bolton Learning Alliance; run with ALLIANCE_PROFILE=bolton or move";
        try (ChildProcess p = ChildProcess.start(
                "preview",
                "org.alliancecompact.confluence.preview.PreviewServer",
                Map.of(
                        "ALLIANCE_PROFILE",
                        "oldham",
                        "PREVIEW_DATA",
                        preview.toString(),
                        "PREVIEW_DB",
                        "jdbc:h2:file:" + preview.resolve("compact"),
                        "PREVIEW_PORT",
                        "0"),
                work)) {
            assertThat(p.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(p.logText()).contains("alliance-preview: " + preview).contains(advice);
        }
        try (ChildProcess b = ChildProcess.start(
                "bot",
                "org.alliancecompact.slack.BotMain",
                Map.of( // as run.sh starts it: the preview's address and token, the database under data/bot
                        "ALLIANCE_PROFILE", "oldham",
                        "CONFLUENCE_URL", "http://127.0.0.1:8090",
                        "CONFLUENCE_TOKEN", "preview-token",
                        "DATABASE_URL", "jdbc:h2:file:" + bot.resolve("alliance-bot")),
                work)) {
            assertThat(b.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(b.logText()).contains("alliance-bot: " + bot).contains(advice);
        }
        // nothing of Oldham's was written: the records and the folders are as Bolton's run left them
        assertThat(Files.readString(preview.resolve(DataFolderProfile.FILE))).isEqualTo(previewRecord);
        assertThat(Files.readString(bot.resolve(DataFolderProfile.FILE))).isEqualTo(botRecord);
        try (var files = Files.list(bot)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(DataFolderProfile.FILE);
        }
        try (var files = Files.list(preview)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(DataFolderProfile.FILE, "integration-token");
        }
        assertThat(Files.readString(preview.resolve("integration-token")))
                .isEqualTo("token-of-boltons-run-0123456789abcdefghijklmnopq");
    }
}
