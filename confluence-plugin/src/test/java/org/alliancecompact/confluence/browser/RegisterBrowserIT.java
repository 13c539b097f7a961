package org.alliancecompact.confluence.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancecompact.confluence.preview.PreviewCallerSource;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The support-category register macro in headless chromium, clicked through as a coordinator and a member. */
class RegisterBrowserIT {

    private PreviewHttp preview;
    private Browser browser;

    private void open(String profile, String email) throws Exception {
        preview = new PreviewHttp(profile);
        browser = new Browser();
        browser.width(1400);
        browser.signInAs(preview.base(), email);
        browser.driver().get(preview.base().resolve("pages/support-register").toString());
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aViewerWithoutTheDataSharingSignatureSeesOwnRowIsToldWhyAndNeverReceivesOthers() throws Exception {
        open("oldham", "head@ladybridge.example");
        String source = browser.driver().getPageSource();
        assertThat(source).contains("Ladybridge High School");
        assertThat(source)
                .doesNotContain("Smithills School")
                .doesNotContain("smithills")
                .doesNotContain("Bolton Sixth Form College")
                .doesNotContain("St Peter");
        assertThat(rows()).hasSize(1);
        // One line: what they see, why (the data-sharing rule, their standing), what to do to see more.
        assertThat(browser.find(".compact-standing").getText())
                .contains("You see only Ladybridge High School\u2019s own row")
                .contains("has not yet signed the MOU")
                .contains("data-sharing rule")
                .contains("sign the MOU on the MOU page");
        // The headline counts still cover every member (6 full members categorised in the fixture), each named.
        int total = 0;
        for (WebElement count : browser.driver().findElements(By.cssSelector(".compact-headline li"))) {
            assertThat(count.getText()).matches("(INTENSIVE|TARGETED|UNIVERSAL)\\s+\\d+");
            total += Integer.parseInt(
                    count.findElement(By.cssSelector(".compact-count")).getText());
        }
        assertThat(total).isEqualTo(6);
        assertThat(browser.find(".compact-register caption").getText()).isEqualTo("Member organisations you may see");
        String rest = browser.fetchInPage("GET", "/rest/compact/1.0/register", null);
        assertThat(rest).startsWith("200 ").contains("ladybridge").doesNotContain("smithills");
        assertThat(browser.driver().findElements(By.cssSelector(".compact-change")))
                .isEmpty();
    }

    @Test
    void aCoordinatorChangesACategoryAndTheRowCountsAndHistoryUpdateInPlace() throws Exception {
        open("oldham", "coordinator@alliance.example");
        assertThat(browser.find(".compact-standing").getText())
                .isEqualTo("You see every member organisation\u2019s row because you coordinate the Oldham Education"
                        + " Partnership.");
        assertThat(browser.find(".compact-register caption").getText()).isEqualTo("Every member organisation");
        // every member is listed, the one never categorised too (it was missing before)
        assertThat(rows()).hasSize(7);
        assertThat(browser.find("tr[data-member-id='harwood-meadows'] .compact-category")
                        .getText())
                .isEqualTo("NOT YET CATEGORISED");
        browser.driver().executeScript("window.compactMarker = 'same page';");

        browser.find("tr[data-member-id='smithills'] .compact-change").click();
        WebElement dialog = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-change-dialog")));
        assertThat(dialog.findElement(By.cssSelector(".compact-dialog-member")).getText())
                .isEqualTo("Smithills School");
        // The dialog starts from the row: its category, its ticked criteria, its review date.
        Select category = new Select(dialog.findElement(By.name("category")));
        assertThat(category.getFirstSelectedOption().getAttribute("value")).isEqualTo("UNIVERSAL");
        assertThat(ticked()).containsExactly("universal-ofsted-good");
        assertThat(shownGroups()).containsExactly("UNIVERSAL");
        assertThat(dialog.findElement(By.cssSelector(".compact-next-review")).getAttribute("value"))
                .isEqualTo("23 March 2027");
        // Criteria are grouped under their category, and only the chosen category's are offered.
        category.selectByValue("TARGETED");
        assertThat(shownGroups()).containsExactly("TARGETED");
        assertThat(dialog.findElement(By.cssSelector(".compact-criteria-group[data-category='TARGETED'] legend"))
                        .getText())
                .isEqualTo("Targeted criteria met");
        // AUI draws its own checkboxes: people click the label
        dialog.findElement(By.cssSelector("label[for='compact-criterion-targeted-ofsted-ri']"))
                .click();
        dialog.findElement(By.cssSelector("label[for='compact-criterion-targeted-attendance-not-good']"))
                .click();
        assertThat(ticked())
                .containsExactlyInAnyOrder(
                        "universal-ofsted-good", "targeted-ofsted-ri", "targeted-attendance-not-good");

        // A reason is required: the dialog stays open without one.
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        assertThat(dialog.isDisplayed()).isTrue();
        dialog.findElement(By.name("reason")).sendKeys("Results fell in 2026.");
        // A review date in the past is refused in words, with the date as the page writes dates.
        WebElement review = dialog.findElement(By.cssSelector(".compact-next-review"));
        review.clear();
        review.sendKeys("1 January 2020");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        WebElement error = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-change-dialog .compact-error")));
        assertThat(error.getText()).isEqualTo("Next review must be on or after 23 November 2026.");

        review.clear();
        review.sendKeys("15 February 2027");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(dialog));
        String row = "tr[data-member-id='smithills']";
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector(row + " .compact-category"), "TARGETED"));
        assertThat(browser.find(row + " .compact-criteria").getText())
                .contains("Judged as Requiring Improvement by Ofsted")
                .contains("Pupil attendance is not consistently good or better")
                .doesNotContain("targeted-");
        assertThat(browser.find(row + " .compact-review").getText()).isEqualTo("15 February 2027");
        assertThat(browser.find(row + " .compact-set").getText())
                .startsWith("23 November 2026, 10:00 by Helen Crompton")
                .endsWith("Results fell in 2026.");
        // The headline counts moved: Universal 3 -> 2, Targeted 2 -> 3.
        browser.waitFor(ExpectedConditions.textToBe(
                By.cssSelector(".compact-headline li[data-category='TARGETED'] .compact-count"), "3"));
        assertThat(browser.find(".compact-headline li[data-category='UNIVERSAL'] .compact-count")
                        .getText())
                .isEqualTo("2");
        assertThat(browser.find(".aui-flag").getText()).contains("Category of Smithills School saved: Targeted");
        assertThat(browser.driver().executeScript("return window.compactMarker;"))
                .isEqualTo("same page");
        assertThat(preview.server.app().store.registerHistory("smithills")).hasSize(2);

        // The row written in place reads exactly as the server writes it on a fresh load.
        String inPlace = browser.find(row).getText();
        String counts = browser.find(".compact-headline").getText();
        browser.driver().navigate().refresh();
        assertThat(browser.find(row).getText()).isEqualTo(inPlace);
        assertThat(browser.find(".compact-headline").getText()).isEqualTo(counts);

        // History opens as a dialog naming the school, in plain words.
        WebElement link = browser.find(row + " .compact-history-link");
        String address = link.getAttribute("href");
        assertThat(address)
                .startsWith(preview.base().resolve("pages/support-register").toString())
                .doesNotContain("/rest/");
        link.click();
        WebElement history = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-history-dialog")));
        assertThat(history.findElement(By.cssSelector(".aui-dialog2-header-main"))
                        .getText())
                .isEqualTo("Category history of Smithills School");
        List<WebElement> entries = history.findElements(By.cssSelector(".compact-history-view li"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getText())
                .startsWith("23 November 2026, 10:00: Targeted, set by Helen Crompton. Reason: "
                        + "\u201cResults fell in 2026.\u201d Next review by 15 February 2027.")
                .contains(
                        "Criteria evidence: Pupil attendance is not consistently good or better; Judged as Requiring");
        assertThat(entries.get(1).getText()).startsWith("23 November 2026, 10:00: Universal, set by");
        assertThat(history.getText()).doesNotContain("TARGETED").doesNotContain("nextReview");
        history.findElement(By.cssSelector(".compact-close")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(history));

        // The link's address is a page, not JSON: opened on its own it shows the register with the history.
        browser.driver().get(preview.base().toString());
        browser.driver().get(address);
        assertThat(browser.driver().findElements(By.cssSelector(".compact-support-register")))
                .hasSize(1);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".compact-history-dialog .aui-dialog2-header-main"), "Smithills School"));

        // The member never categorised is categorised from the same dialog, and gets its history link.
        browser.driver().get(preview.base().resolve("pages/support-register").toString());
        browser.find("tr[data-member-id='harwood-meadows'] .compact-change").click();
        dialog = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-change-dialog")));
        assertThat(new Select(dialog.findElement(By.name("category")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEmpty();
        assertThat(shownGroups()).isEmpty();
        new Select(dialog.findElement(By.name("category"))).selectByValue("UNIVERSAL");
        dialog.findElement(By.name("reason")).sendKeys("Joined as an associate; good.");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.textToBe(
                By.cssSelector("tr[data-member-id='harwood-meadows'] .compact-category"), "UNIVERSAL"));
        assertThat(browser.driver()
                        .findElements(By.cssSelector("tr[data-member-id='harwood-meadows'] .compact-history-link")))
                .hasSize(1);
        // Universal 2 -> 3 (Smithills moved to Targeted above)
        browser.waitFor(ExpectedConditions.textToBe(
                By.cssSelector(".compact-headline li[data-category='UNIVERSAL'] .compact-count"), "3"));
    }

    @Test
    void aCriterionOfAnotherCategoryIsRefusedInTheWordsOfTheDialog() throws Exception {
        open("oldham", "coordinator@alliance.example");
        String answer = browser.fetchInPage(
                "PUT",
                "/rest/compact/1.0/register/ladybridge",
                "{\"category\":\"TARGETED\",\"criteria\":[\"universal-ofsted-good\"],\"reason\":\"x\"}");
        assertThat(answer)
                .startsWith("400 ")
                .contains("Criteria: \u2018Judged Good or Outstanding by Ofsted")
                .contains("is evidence for Universal, not Targeted.")
                .doesNotContain("universal-ofsted-good")
                .doesNotContain("UNIVERSAL");
    }

    @Test
    void whereTheProfileHasNoCriteriaTheDialogHasNoCriteriaBox() throws Exception {
        for (String profile : List.of("bolton", "exceed")) {
            open(profile, "coordinator@alliance.example");
            assertThat(browser.find(".compact-standing").getText()).contains("coordinate");
            browser.find("tr[data-member-id] .compact-change").click();
            WebElement dialog = browser.waitFor(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-change-dialog")));
            assertThat(dialog.findElements(By.cssSelector("fieldset, input[name='criteria']")))
                    .as(profile)
                    .isEmpty();
            assertThat(dialog.getText()).doesNotContain("Criteria");
            stop();
            browser = null;
            preview = null;
        }
    }

    @Test
    void anEndedSessionIsToldToSignInAgain() throws Exception {
        open("oldham", "coordinator@alliance.example");
        browser.find("tr[data-member-id='ladybridge'] .compact-change").click();
        WebElement dialog = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-change-dialog")));
        dialog.findElement(By.name("reason")).sendKeys("Still targeted.");
        browser.driver().manage().deleteCookieNamed(PreviewCallerSource.COOKIE);
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.textToBe(
                By.cssSelector(".compact-change-dialog .compact-error"),
                "Your session has ended. Sign in again, then reload this page."));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector(".compact-register tbody tr[data-member-id]"));
    }

    @SuppressWarnings("unchecked")
    private List<String> ticked() {
        return (List<String>) browser.driver()
                .executeScript("return Array.from(document.querySelectorAll("
                        + "'.compact-change-dialog input[name=criteria]:checked')).map(c => c.value);");
    }

    @SuppressWarnings("unchecked")
    private List<String> shownGroups() {
        return (List<String>) browser.driver()
                .executeScript("return Array.from(document.querySelectorAll('.compact-criteria-group'))"
                        + ".filter(g => g.offsetParent !== null).map(g => g.dataset.category);");
    }
}
