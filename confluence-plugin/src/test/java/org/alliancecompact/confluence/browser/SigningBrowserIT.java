package org.alliancecompact.confluence.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecompact.confluence.preview.PreviewHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing the MOU in the preview's mou-signature macro, in headless chromium. */
class SigningBrowserIT {

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
    void aHeadSignsTheMacroUpdatesWithoutReloadAndASecondSignatureIsRefused() {
        browser.signInAs(preview.base(), "head@smithills.example");
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        String cell = "td[data-member-id='smithills'][data-role='HEAD']";
        assertThat(browser.find(cell).getText()).contains("Not signed");
        // Only the signer's own organisation and role get a button.
        assertThat(browser.driver().findElements(By.cssSelector(".compact-sign")))
                .hasSize(1);

        browser.driver().executeScript("window.compactMarker = 'same page';");
        browser.find(cell + " .compact-sign").click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
        assertThat(browser.find(".compact-dialog-member").getText()).isEqualTo("Smithills School");

        // Oldham signs by governors' minute: confirming without one is stopped by the form.
        browser.find(".compact-sign-dialog .compact-confirm").click();
        assertThat(browser.find(".compact-sign-dialog").isDisplayed()).isTrue();
        browser.find(".compact-minute").sendKeys("FGB minute 7/2026");
        browser.find(".compact-sign-dialog .compact-confirm").click();

        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cell), "Signed by Dana Whitworth"));
        assertThat(browser.driver().executeScript("return window.compactMarker;"))
                .isEqualTo("same page");
        assertThat(browser.driver().findElements(By.cssSelector(".compact-sign")))
                .isEmpty();
        assertThat(browser.find(".compact-message").getText()).contains("Signed");

        // The same person signing again, from the page with their session: refused.
        String edition = browser.find(".compact-mou-signature").getAttribute("data-edition-id");
        String fingerprint = browser.find(".compact-mou-signature").getAttribute("data-fingerprint");
        String again = browser.fetchInPage(
                "POST",
                "/rest/compact/1.0/mou/editions/" + edition + "/signatures",
                "{\"memberId\":\"smithills\",\"role\":\"HEAD\",\"editionFingerprint\":\"" + fingerprint
                        + "\",\"minuteReference\":\"x\"}");
        assertThat(again).startsWith("409 ").contains("already signed");

        // Stored: a fresh page load shows the signature and the minute reference is on record.
        browser.driver().navigate().refresh();
        assertThat(browser.find(cell).getText()).contains("Signed by Dana Whitworth");
        assertThat(preview.server.app().store.signatures())
                .singleElement()
                .satisfies(s -> assertThat(s.minuteReference()).isEqualTo("FGB minute 7/2026"));
    }

    @Test
    void aHostileNameIsShownAsTextAndNeverRuns() {
        var store = preview.server.app().store;
        var m = store.member("ladybridge").orElseThrow();
        store.updateMember(new org.alliancecompact.model.member.Member(
                m.id(),
                "<img src=x onerror=\"window.pwned=1\">",
                m.kind(),
                m.phase(),
                m.state(),
                m.joinedOn(),
                m.people()));
        browser.signInAs(preview.base(), "head@ladybridge.example");
        browser.driver().get(preview.base().resolve("pages/mou-signature").toString());
        browser.find("td[data-member-id='ladybridge'] .compact-sign").click();
        assertThat(browser.find(".compact-dialog-member").getText())
                .isEqualTo("<img src=x onerror=\"window.pwned=1\">");
        assertThat(browser.driver().executeScript("return window.pwned === undefined;"))
                .isEqualTo(true);
    }
}
