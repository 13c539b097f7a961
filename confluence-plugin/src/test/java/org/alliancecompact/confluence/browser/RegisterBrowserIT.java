package org.alliancecompact.confluence.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecompact.confluence.preview.PreviewHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The support-category register macro in headless chromium, under Oldham's data-sharing rule. */
class RegisterBrowserIT {

    private PreviewHttp preview;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        preview = new PreviewHttp("oldham");
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
        preview.close();
    }

    @Test
    void aViewerWithoutTheDataSharingSignatureNeverReceivesOtherMembersRows() {
        browser.signInAs(preview.base(), "head@ladybridge.example");
        browser.driver().get(preview.base().resolve("pages/support-register").toString());
        String source = browser.driver().getPageSource();
        assertThat(source).contains("Ladybridge High School");
        assertThat(source)
                .doesNotContain("Smithills School")
                .doesNotContain("smithills")
                .doesNotContain("Bolton Sixth Form College")
                .doesNotContain("St Peter");
        assertThat(browser.driver().findElements(By.cssSelector(".compact-register tbody tr[data-member-id]")))
                .hasSize(1);
        // The headline counts still cover every member (4 categorised in the demo data).
        int total = browser.driver().findElements(By.cssSelector(".compact-headline td")).stream()
                .mapToInt(td -> Integer.parseInt(td.getText().trim()))
                .sum();
        assertThat(total).isEqualTo(4);
        // Nor does the REST API, called from the page with the viewer's own session.
        String rest = browser.fetchInPage("GET", "/rest/compact/1.0/register", null);
        assertThat(rest).startsWith("200 ").contains("ladybridge").doesNotContain("smithills");
        // No coordinator controls for a member.
        assertThat(browser.driver().findElements(By.cssSelector(".compact-change")))
                .isEmpty();
    }

    @Test
    void aCoordinatorChangesACategoryThroughTheDialogWithAReason() {
        browser.signInAs(preview.base(), "coordinator@alliance.example");
        browser.driver().get(preview.base().resolve("pages/support-register").toString());
        assertThat(browser.driver().findElements(By.cssSelector(".compact-register tbody tr[data-member-id]")))
                .hasSize(4);
        browser.find("tr[data-member-id='smithills'] .compact-change").click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-change-dialog")));
        new Select(browser.find(".compact-change-dialog select[name='category']")).selectByValue("TARGETED");
        // A reason is required: the dialog stays open without one.
        browser.find(".compact-change-dialog .compact-confirm").click();
        assertThat(browser.find(".compact-change-dialog").isDisplayed()).isTrue();
        browser.find(".compact-change-dialog textarea[name='reason']").sendKeys("Results fell in 2026.");
        browser.find(".compact-change-dialog .compact-confirm").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr[data-member-id='smithills'] .compact-category"), "Targeted"));
        assertThat(preview.server.app().store.registerHistory("smithills")).hasSize(2);

        browser.find("tr[data-member-id='smithills'] .compact-history-link").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".compact-history-view"), "Results fell in 2026."));
    }
}
