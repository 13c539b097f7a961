package org.alliancecompact.confluence.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.profile.DataFolderProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 17 points 2 and 9: the preview's demo is the running alliance's, and its data folder stays its own. */
class PreviewDemoTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"bolton", "oldham", "exceed", "leeds", "leicestershire"})
    void each_profile_starts_with_its_own_demo_members_linked_and_categorised(String profile) throws Exception {
        try (PreviewServer server = PreviewServer.start(PreviewConfig.forDemo(profile, "demo-" + profile), CLOCK)) {
            var members = server.app().store.members();
            assertThat(members)
                    .extracting(Member::id)
                    .containsExactlyInAnyOrderElementsOf(
                            DemoData.members(
                                            profile,
                                            CLOCK.instant()
                                                    .atZone(ZoneOffset.UTC)
                                                    .toLocalDate())
                                    .stream()
                                    .map(Member::id)
                                    .toList());
            assertThat(members)
                    .allSatisfy(m -> assertThat(m.people())
                            .allSatisfy(p -> assertThat(p.userKey()).isEqualTo(PreviewUsers.keyOf(p.email()))));
            assertThat(server.app().store.registerHistory(members.get(0).id())).hasSize(1);
        }
    }

    @Test
    void oldham_is_not_boltons_schools() throws Exception {
        try (PreviewServer server = PreviewServer.start(PreviewConfig.forDemo("oldham", "demo-oldham-2"), CLOCK)) {
            assertThat(server.app().store.members())
                    .extracting(Member::kind)
                    .contains(OrganisationKind.EARLY_YEARS_SETTING, OrganisationKind.CHILDRENS_CENTRE);
            assertThat(server.app().store.members()).extracting(Member::id).doesNotContain("smithills");
        }
    }

    @Test
    @DisplayName("the preview's data folder records its profile on first start and refuses another")
    void the_data_folder_is_claimed_by_its_profile(@TempDir Path dir) {
        Map<String, String> env = Map.of("PREVIEW_DATA", dir.toString(), "ALLIANCE_PROFILE", "bolton");
        PreviewServer.claimDataFolder(env, PreviewConfig.fromEnvironment(env));
        Map<String, String> oldham = Map.of("PREVIEW_DATA", dir.toString(), "ALLIANCE_PROFILE", "oldham");
        assertThatThrownBy(() -> PreviewServer.claimDataFolder(oldham, PreviewConfig.fromEnvironment(oldham)))
                .isInstanceOf(DataFolderProfile.WrongProfile.class)
                .hasMessageContaining(
                        "was made for Bolton Learning Alliance; run with ALLIANCE_PROFILE=bolton or move");
    }

    @Test
    void the_demo_is_the_profiles_own_unless_preview_demo_says_otherwise() {
        assertThat(PreviewConfig.demo(Map.of(), "oldham")).isEqualTo("oldham");
        assertThat(PreviewConfig.demo(Map.of("PREVIEW_DEMO", "bolton"), "oldham"))
                .isEqualTo("bolton");
        assertThat(PreviewConfig.demo(Map.of("PREVIEW_DEMO", "none"), "oldham")).isNull();
    }
}
