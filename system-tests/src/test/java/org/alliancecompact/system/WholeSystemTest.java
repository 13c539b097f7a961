package org.alliancecompact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

    static final String SMITHILLS_HEAD = "USMITHHEAD";
    static final String ST_PETERS_HEAD = "USTPHEAD";

    static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem("bolton", "bolton", Map.of());
        system.slack.user(SMITHILLS_HEAD, "head@smithills.example");
        system.slack.user(ST_PETERS_HEAD, "head@stpeters.example");
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

        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.driver.get(system.previewBase.toString());
            browser.find("button[data-email='head@smithills.example']").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".compact-me")));
            browser.driver.get(system.previewBase.resolve("pages/mou").toString());
            String cell = "td[data-member-id='smithills'][data-role='HEAD']";
            browser.find(cell + " .compact-sign").click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
            browser.find(".compact-sign-dialog .compact-confirm").click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(cell), "Signed by Dana Whitworth"));
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
}
