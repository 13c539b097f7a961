package org.alliancecompact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.confluence.preview.PreviewConfig;
import org.alliancecompact.confluence.preview.PreviewServer;
import org.alliancecompact.confluence.storage.SupportAssignment;
import org.alliancecompact.model.demo.DemoAlliance;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.slack.BotMain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, done when "the five seed alliances each start with ALLIANCE_PROFILE=&lt;name&gt; bash
 * scripts/run.sh": the preview server and the bot's console as run.sh starts them (the preview with the
 * profile's own demo, the bot with no Slack credential), in process, on a fresh data folder each.
 */
class SeedAlliancesStartTest {

    /** What run.sh gives the bot besides ALLIANCE_PROFILE: the preview's address and integration token. */
    static Map<String, String> runShSettings(PreviewServer preview, Path data, String profile) {
        Map<String, String> settings = new HashMap<>();
        settings.put("ALLIANCE_PROFILE", profile);
        settings.put("CONFLUENCE_URL", preview.baseUri().toString().replaceFirst("/$", ""));
        settings.put("CONFLUENCE_TOKEN", PreviewConfig.DEFAULT_INTEGRATION_TOKEN);
        settings.put("MOU_PAGE_URL", preview.baseUri() + "pages/mou");
        settings.put("DATABASE_URL", "jdbc:h2:file:" + data.resolve("bot/alliance-bot"));
        return settings;
    }

    @ParameterizedTest(name = "ALLIANCE_PROFILE={0}")
    @ValueSource(strings = {"bolton", "oldham", "exceed", "leeds", "leicestershire"})
    @DisplayName("each seed alliance starts on a fresh data folder and the console lists its demo people")
    void each_seed_alliance_starts_and_the_console_lists_its_people(String profileName, @TempDir Path data)
            throws Exception {
        AllianceProfile profile = BotMain.loadProfile(profileName);
        try (PreviewServer preview = PreviewServer.start(
                        PreviewConfig.forDemo(profileName, "seed-" + profileName), Clock.systemUTC());
                ConsoleDriver console = new ConsoleDriver(runShSettings(preview, data, profileName), profile)) {
            String screen = console.started();
            DemoAlliance demo = DemoAlliance.of(profileName, LocalDate.now(profile.timeZone()));
            assertThat(screen).contains(profile.name() + " — local console");
            for (DemoAlliance.Staff staff : demo.staff()) {
                assertThat(screen).contains(staff.name() + " <" + staff.email() + ">");
            }
            for (Member m : demo.members()) {
                for (Person p : m.people()) {
                    assertThat(screen).contains(p.name() + " <" + p.email() + ">");
                }
            }
            // the started meeting, the one next week and the queue are there on the first start
            assertThat(screen).contains("started at").contains("and 4 support requests in the queue");
            // the demo's requests with a provider reached the plugin as a coordinator's moves do (the outbox):
            // the one assigned lets its provider see the recipient's register row, the completed one no longer
            List<String> demoIds = demo.members().stream().map(Member::id).toList();
            List<SupportAssignment> assignments = preview.app().store.supportAssignments();
            assertThat(assignments)
                    .extracting(SupportAssignment::state)
                    .containsExactlyInAnyOrder(SupportAssignment.State.ACTIVE, SupportAssignment.State.ENDED);
            assertThat(assignments)
                    .allSatisfy(a -> assertThat(demoIds).contains(a.providerMemberId(), a.recipientMemberId()));
            // each demo request carries its requester's register category as its priority, as one filed through
            // the bot does (found by a newcomer: posted as "no category" while the register had one)
            Map<String, String> registered = new HashMap<>();
            preview.app()
                    .store
                    .registerHistory()
                    .forEach(row -> registered.put(
                            row.memberId(),
                            row.category() == null ? null : row.category().name()));
            int requests = 0;
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                            "jdbc:h2:file:" + data.resolve("bot/alliance-bot"), null, null);
                    java.sql.ResultSet rows =
                            db.createStatement().executeQuery("select member_id, category from support_requests")) {
                while (rows.next()) {
                    requests++;
                    assertThat(rows.getString(2)).as(rows.getString(1)).isEqualTo(registered.get(rows.getString(1)));
                }
            }
            assertThat(requests).isEqualTo(4);
            assertThat(screen).doesNotContain(" INFO ").doesNotContain("WARN");
        }
    }
}
