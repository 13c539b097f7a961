package org.alliancecompact.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
