package org.alliancecompact.model.profile;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Issue 17 point 9: a data folder made with one profile is refused to another")
class DataFolderProfileTest {
    private final ProfileLoader loader = new ProfileLoader();

    @Test
    void the_first_start_records_the_profile_and_the_same_profile_starts_again(@TempDir Path dir) {
        Path data = dir.resolve("data");
        DataFolderProfile.claim(data, loader.loadBundled("bolton"), "bolton");
        assertThatCode(() -> DataFolderProfile.claim(data, loader.loadBundled("bolton"), "bolton"))
                .doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThat(Files.exists(data.resolve(DataFolderProfile.FILE)))
                .isTrue();
    }

    @Test
    void another_profile_is_refused_with_what_to_do(@TempDir Path dir) {
        DataFolderProfile.claim(dir, loader.loadBundled("bolton"), "bolton");
        assertThatThrownBy(() -> DataFolderProfile.claim(dir, loader.loadBundled("oldham"), "oldham"))
                .isInstanceOf(DataFolderProfile.WrongProfile.class)
                .hasMessage(dir + " was made for Bolton Learning Alliance; run with ALLIANCE_PROFILE=bolton or move "
                        + dir + " away to start afresh");
    }
}
