package org.alliancecompact.system;

import static org.alliancecompact.system.RunningSystem.COORDINATOR_USER;
import static org.alliancecompact.system.RunningSystem.HARWOOD_CHAIR;
import static org.alliancecompact.system.RunningSystem.HARWOOD_HEAD;
import static org.alliancecompact.system.RunningSystem.SMITHILLS_HEAD;
import static org.alliancecompact.system.RunningSystem.ST_PETERS_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.alliancecompact.confluence.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The bot and the preview server as two real processes on loopback (the way README's run command
 * starts them), with the Bolton profile's demo members, driven through Slack-signed HTTP, the plugin's
 * REST API and a headless browser.
 */
class WholeSystemTest {

    static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem("bolton", "bolton", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aHeadSignsInTheBrowserAndTheBotsMouReplyChanges() throws Exception {
        String before = system.firstResponse(system.command(SMITHILLS_HEAD, "mou"));
        assertThat(before).contains("Smithills School").contains("Still to sign: head, chair");

        try (Browser browser = new Browser()) {
            browser.signInAs(system.previewBase, "head@smithills.example");
            browser.driver.get(system.previewBase.resolve("pages/mou").toString());
            String cell = "td[data-member-id='smithills'][data-role='HEAD']";
            browser.find(cell + " .compact-sign").click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
            browser.find(".compact-sign-dialog .compact-confirm").click();
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cell), "by Dana Whitworth"));
        }

        String after = system.firstResponse(system.command(SMITHILLS_HEAD, "mou"));
        assertThat(after).contains("Signed by: head").contains("Still to sign: chair");
    }

    @Test
    void aCategorySetInTheRegisterChangesThePriorityOfTheSchoolsNextRequest() throws Exception {
        int first = system.fileRequest(ST_PETERS_HEAD, "1 Early reading");
        assertThat(system.groupPost(first)).contains("priority 3 (universal)");

        RunningSystem.Rest changed = system.rest(
                "PUT",
                "register/st-peters",
                RunningSystem.COORDINATOR_TOKEN,
                Map.of(
                        "category", "INTENSIVE",
                        "criteria", List.of(),
                        "reason", "Safeguarding concerns raised at the October visit."));
        assertThat(changed.status()).as(String.valueOf(changed.json())).isEqualTo(200);

        int second = system.fileRequest(ST_PETERS_HEAD, "1 Phonics training");
        assertThat(system.groupPost(second)).contains("priority 1 (intensive)");
    }

    @Test
    void missedMeetingsAndOverdueDocumentsWalkASchoolUpTheLadderToLevel3AndBackDown() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(record("missed " + today.minusDays(50))).contains("is now engaged (level 0)");
        assertThat(record("missed " + today.minusDays(20))).contains("is now level 1");
        awaitDirectMessage(HARWOOD_HEAD, "level 1");

        assertThat(record("documentation-overdue " + today.minusDays(30) + " termly report"))
                .contains("is now level 2");
        // Level 2: the chair of governors is informed (Oldham protocol, Bolton profile's audiences).
        awaitDirectMessage(HARWOOD_CHAIR, "level 2");

        assertThat(record("evidence-overdue " + today.minusDays(40) + " impact of maths support"))
                .contains("is now level 3");
        String shown = system.firstResponse(system.command(COORDINATOR_USER, "engagement harwood-meadows"));
        assertThat(shown).contains("level 3").contains("Evidence of impact overdue");

        assertThat(record("resumed attended the November meeting")).contains("is now level 2");
        assertThat(record("resumed documents received")).contains("is now level 1");
        assertThat(record("resumed evidence received")).contains("is now engaged (level 0)");
        // Each level was nudged once: the head has exactly one message per level it was at going up.
        assertThat(directMessages(HARWOOD_HEAD).stream().filter(m -> m.contains("level 1")))
                .hasSize(1);
    }

    private static String record(String what) throws Exception {
        return system.firstResponse(system.command(COORDINATOR_USER, "engagement harwood-meadows " + what));
    }

    private static java.util.List<String> directMessages(String user) {
        return system.slack.calls("chat.postMessage").stream()
                .filter(p -> user.equals(p.get("channel")))
                .map(p -> p.getOrDefault("text", "") + " " + p.getOrDefault("blocks", ""))
                .toList();
    }

    private static void awaitDirectMessage(String user, String containing) throws Exception {
        Await.until(
                "a message to " + user + " about " + containing,
                () -> directMessages(user),
                messages -> messages.stream().anyMatch(m -> m.contains(containing)));
    }
}
