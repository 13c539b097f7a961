package org.alliancecompact.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.model.time.OperatorClock;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.config.ConfigException;
import org.alliancecompact.slack.http.JobsEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot's operator settings: the clock (refused unless allowed) and OPERATOR_TOKEN, as start-up reads them. */
class OperatorSettingsTest {
    private static final AllianceProfile BOLTON = new ProfileLoader().loadBundled("bolton");

    @Test
    void a_clock_not_allowed_stops_start_up_with_one_line_naming_the_variables() {
        assertThatThrownBy(() -> BotMain.operatorClock(Map.of("ALLIANCE_CLOCK_OFFSET", "P30D"), BOLTON))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ALLIANCE_CLOCK_OFFSET is set but ALLIANCE_CLOCK_ALLOWED is not true")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> BotMain.operatorClock(
                        Map.of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", "next tuesday"), BOLTON))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ALLIANCE_CLOCK must be a date and time");
        assertThat(BotMain.operatorClock(Map.of(), BOLTON).active()).isFalse();
    }

    @Test
    void the_clock_may_come_from_the_properties_file_like_every_other_setting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bot.properties");
        Files.writeString(file, "ALLIANCE_CLOCK_ALLOWED=true\nALLIANCE_CLOCK_OFFSET=-PT2H\n");
        Map<String, String> settings = BotConfig.settings(Map.of("BOT_CONFIG", file.toString()));
        OperatorClock clock = BotMain.operatorClock(settings, BOLTON);
        assertThat(clock.mode()).isEqualTo(OperatorClock.Mode.OFFSET);
        assertThat(clock.offset().toHours()).isEqualTo(-2);
    }

    @Test
    void the_operator_token_is_off_when_unset_and_refused_when_short_or_spaced() {
        assertThat(JobsEndpoint.token(Map.of())).isEmpty();
        assertThat(JobsEndpoint.token(Map.of("OPERATOR_TOKEN", " "))).isEmpty();
        String ok = "a".repeat(JobsEndpoint.MIN_TOKEN_LENGTH);
        assertThat(JobsEndpoint.token(Map.of("OPERATOR_TOKEN", ok))).contains(ok);
        assertThatThrownBy(() -> JobsEndpoint.token(Map.of("OPERATOR_TOKEN", "a".repeat(31))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("OPERATOR_TOKEN must be at least 32 characters")
                .hasMessageNotContaining("aaaa");
        assertThatThrownBy(() -> JobsEndpoint.token(Map.of("OPERATOR_TOKEN", "a".repeat(20) + " " + "b".repeat(20))))
                .isInstanceOf(ConfigException.class);
    }
}
