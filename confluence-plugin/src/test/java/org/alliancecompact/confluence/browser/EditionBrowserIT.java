package org.alliancecompact.confluence.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The annual review on the MOU page, in headless chromium (issue 18; Bolton: "These protocols will be
 * reviewed on an annual basis"): a coordinator drafts, edits a clause, sees the comparison and publishes
 * with an effective date; everyone is then not signed and edition 1's signature is history.
 */
class EditionBrowserIT {

    private PreviewHttp preview;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        preview = new PreviewHttp("bolton", Fixtures.CLOCK);
        browser = new Browser();
        browser.width(1400);
    }

    @AfterEach
    void stop() {
        browser.close();
        preview.close();
    }

    private void reloaded(WebElement before) {
        browser.waitFor(ExpectedConditions.stalenessOf(before));
    }

    @Test
    @DisplayName("'reviewed on an annual basis': draft, edit a clause, compare and publish from the MOU page")
    void aCoordinatorDraftsEditsComparesAndPublishesFromTheMouPage() {
        browser.signInAs(preview.base(), "head@smithills.example");
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        assertThat(browser.driver().findElements(By.cssSelector(".compact-editions")))
                .isEmpty();
        browser.find("td[data-member-id='smithills'][data-role='HEAD'] .compact-sign")
                .click();
        WebElement sign =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
        sign.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(sign));

        browser.signInAs(preview.base(), "coordinator@alliance.example");
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        WebElement start = browser.find(".compact-editions .compact-draft-start");
        start.click();
        reloaded(start);

        browser.find(".compact-draft-edit").click();
        WebElement dialog =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-draft-dialog")));
        WebElement first = dialog.findElement(By.cssSelector(".compact-draft-section .compact-text"));
        first.clear();
        first.sendKeys("We are committed to supporting each other <every term>.");
        dialog.findElements(By.cssSelector(".compact-add-clause")).get(1).click();
        java.util.List<WebElement> added = dialog.findElements(By.cssSelector(".compact-draft-section"))
                .get(1)
                .findElements(By.cssSelector(".compact-draft-clause"));
        WebElement fresh = added.get(added.size() - 1);
        fresh.findElement(By.cssSelector(".compact-number")).sendKeys("99");
        fresh.findElement(By.cssSelector(".compact-text")).sendKeys("We will review these protocols each summer.");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        reloaded(dialog);

        assertThat(browser.find(".compact-comparison-counts").getText())
                .startsWith("Compared with edition 1: 1 added, 0 removed, 1 changed,");
        assertThat(browser.find(".compact-comparison li[data-kind='CHANGED'] ins")
                        .getText())
                .isEqualTo("We are committed to supporting each other <every term>.");

        browser.find(".compact-draft-publish").click();
        WebElement publish = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-publish-dialog")));
        publish.findElement(By.cssSelector(".compact-effective")).sendKeys("22 November 2026");
        publish.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElement(
                publish.findElement(By.cssSelector(".compact-error")), "in the past"));
        WebElement date = publish.findElement(By.cssSelector(".compact-effective"));
        date.clear();
        date.sendKeys("1 September 2027");
        publish.findElement(By.cssSelector("button[type=submit]")).click();
        reloaded(publish);

        assertThat(browser.find(".compact-mou-signature h2").getText()).contains("edition 2");
        assertThat(browser.find(".compact-edition").getText()).contains("effective 1 September 2027");
        assertThat(browser.driver().findElements(By.cssSelector(".compact-signatures .compact-signer")))
                .isEmpty();
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".compact-history summary"))
                        .getText())
                .contains("Edition 1")
                .contains("1 signature");
        assertThat(browser.find(".compact-editions .compact-draft-start").isDisplayed())
                .isTrue();
        browser.screenshot("mou-edition-2-published-coordinator");
    }
}
