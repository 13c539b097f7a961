package org.alliancecompact.confluence.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing the MOU in the preview's mou-signature macro, in headless chromium. */
class SigningBrowserIT {

    private static final String SMITHILLS_HEAD = "td[data-member-id='smithills'][data-role='HEAD']";
    private static final String SMITHILLS_CHAIR = "td[data-member-id='smithills'][data-role='CHAIR']";

    private PreviewHttp preview;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        preview = new PreviewHttp("oldham");
        browser = new Browser();
        browser.width(1400);
    }

    @AfterEach
    void stop() {
        browser.close();
        preview.close();
    }

    private void sign(String email, String cell, String minute) {
        browser.signInAs(preview.base(), email);
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        browser.find(cell + " .compact-sign").click();
        WebElement dialog =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
        dialog.findElement(By.cssSelector(".compact-minute")).sendKeys(minute);
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(dialog));
    }

    @Test
    void aHeadSignsTheMacroUpdatesWithoutReloadAndTheMinuteIsShownToThoseWhoMayReadIt() throws Exception {
        browser.signInAs(preview.base(), "head@smithills.example");
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        assertThat(browser.find(".compact-edition").getText())
                .startsWith("Edition 1 of the Oldham Education Partnership Memorandum of Understanding, effective");
        assertThat(browser.find(SMITHILLS_HEAD).getText()).isEqualTo("NOT SIGNED Sign as head");
        // Only the signer's own organisation and role get a button (an AUI primary button).
        assertThat(browser.driver().findElements(By.cssSelector(".compact-sign")))
                .hasSize(1);
        assertThat(browser.find(".compact-sign").getAttribute("class")).contains("aui-button-primary");

        browser.driver().executeScript("window.compactMarker = 'same page';");
        browser.find(SMITHILLS_HEAD + " .compact-sign").click();
        WebElement dialog =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
        assertThat(dialog.getAttribute("class")).contains("aui-dialog2");
        assertThat(browser.find(".compact-dialog-member").getText()).isEqualTo("Smithills School");
        // Oldham signs by governors' minute: confirming without one is stopped by the form.
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        assertThat(dialog.isDisplayed()).isTrue();
        dialog.findElement(By.cssSelector(".compact-minute")).sendKeys("FGB minute 7/2026");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(SMITHILLS_HEAD), "by Dana Whitworth on 23 November 2026, 10:00"));
        String inPlace = browser.find(SMITHILLS_HEAD).getText();
        assertThat(inPlace)
                .isEqualTo("SIGNED by Dana Whitworth on 23 November 2026, 10:00\nMinute reference: FGB minute 7/2026");
        assertThat(browser.driver().executeScript("return window.compactMarker;"))
                .isEqualTo("same page");
        assertThat(browser.driver().findElements(By.cssSelector(".compact-sign")))
                .isEmpty();
        assertThat(browser.find(".aui-flag").getText()).contains("Signed: your signature on edition 1 is recorded.");
        // A fresh load reads the same as the cell written in place.
        browser.driver().navigate().refresh();
        assertThat(browser.find(SMITHILLS_HEAD).getText()).isEqualTo(inPlace);
        assertThat(preview.server.app().store.signatures())
                .singleElement()
                .satisfies(s -> assertThat(s.minuteReference()).isEqualTo("FGB minute 7/2026"));

        sign("chair@smithills.example", SMITHILLS_CHAIR, "FGB minute 7/2026 (chair)");
        // The organisation's own people and the coordinator see the minutes; another school does not.
        for (String email : new String[] {"chair@smithills.example", "coordinator@alliance.example"}) {
            browser.signInAs(preview.base(), email);
            browser.driver().get(preview.base().resolve("pages/mou").toString());
            assertThat(browser.find(SMITHILLS_HEAD + " .compact-minute-ref").getText())
                    .as(email)
                    .isEqualTo("Minute reference: FGB minute 7/2026");
            assertThat(minutes(browser.fetchInPage("GET", "/rest/compact/1.0/mou/status", null)))
                    .as(email)
                    .isEqualTo("{\"HEAD\":\"FGB minute 7/2026\",\"CHAIR\":\"FGB minute 7/2026 (chair)\"}");
        }
        // the MOU page after a head and a chair have signed, as the coordinator sees it (README's picture)
        browser.screenshot("mou-signed-head-and-chair-coordinator");
        browser.signInAs(preview.base(), "head@ladybridge.example");
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        assertThat(browser.find(SMITHILLS_HEAD).getText()).startsWith("SIGNED by Dana Whitworth");
        assertThat(browser.driver().findElements(By.cssSelector(".compact-minute-ref")))
                .isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("FGB minute 7/2026");
        assertThat(minutes(browser.fetchInPage("GET", "/rest/compact/1.0/mou/status", null)))
                .isEqualTo("{}");
        assertThat(browser.fetchInPage("GET", "/rest/compact/1.0/mou/status/smithills", null))
                .doesNotContain("FGB minute");
        String edition = browser.find(".compact-mou-signature").getAttribute("data-edition-id");
        assertThat(browser.fetchInPage("GET", "/rest/compact/1.0/mou/editions/" + edition + "/signatures", null))
                .startsWith("200 ")
                .contains("Dana Whitworth")
                .doesNotContain("FGB minute");
    }

    private static String minutes(String reply) throws Exception {
        assertThat(reply).startsWith("200 ");
        JsonNode status = new ObjectMapper().readTree(reply.substring(4));
        for (JsonNode m : status.get("members")) {
            if (m.get("memberId").asText().equals("smithills")) {
                return m.get("minuteReferences").toString();
            }
        }
        throw new AssertionError("smithills is not in " + reply);
    }

    @Test
    void aRefusedSecondSignatureBringsTheTableBehindTheDialogUpToDate() {
        browser.signInAs(preview.base(), "head@smithills.example");
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        // Meanwhile the same place is signed from another tab of the same person.
        String edition = browser.find(".compact-mou-signature").getAttribute("data-edition-id");
        String fingerprint = browser.find(".compact-mou-signature").getAttribute("data-fingerprint");
        assertThat(browser.fetchInPage(
                        "POST",
                        "/rest/compact/1.0/mou/editions/" + edition + "/signatures",
                        "{\"memberId\":\"smithills\",\"role\":\"HEAD\",\"editionFingerprint\":\"" + fingerprint
                                + "\",\"minuteReference\":\"FGB 1\"}"))
                .startsWith("201 ");
        // This page still offers the button; signing again is refused and the table is brought up to date.
        browser.find(SMITHILLS_HEAD + " .compact-sign").click();
        WebElement dialog =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
        dialog.findElement(By.cssSelector(".compact-minute")).sendKeys("FGB 2");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".compact-sign-dialog .compact-error"), "already signed"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(SMITHILLS_HEAD), "SIGNED by Dana Whitworth"));
        assertThat(browser.find(SMITHILLS_HEAD).getText()).doesNotContain("NOT SIGNED");
        assertThat(browser.driver().findElements(By.cssSelector(SMITHILLS_HEAD + " .compact-sign")))
                .isEmpty();
        assertThat(preview.server.app().store.signatures()).hasSize(1);
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
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
        assertThat(browser.find(".compact-dialog-member").getText())
                .isEqualTo("<img src=x onerror=\"window.pwned=1\">");
        assertThat(browser.driver().executeScript("return window.pwned === undefined;"))
                .isEqualTo(true);
    }

    @Test
    @org.junit.jupiter.api.DisplayName(
            "an executive head of two schools signs for each in its own row, in the browser (issue 15 finding 1)")
    void aHeadOfTwoSchoolsSignsForEachSchoolInItsOwnRow() {
        var store = preview.server.app().store;
        var smithills = store.member("smithills").orElseThrow();
        var head = smithills.people().stream()
                .filter(p -> p.role() == org.alliancecompact.model.member.PersonRole.HEAD)
                .findFirst()
                .orElseThrow();
        var ladybridge = store.member("ladybridge").orElseThrow();
        java.util.List<org.alliancecompact.model.member.Person> people = new java.util.ArrayList<>();
        ladybridge.people().stream()
                .filter(p -> p.role() != org.alliancecompact.model.member.PersonRole.HEAD)
                .forEach(people::add);
        people.add(head);
        store.updateMember(new org.alliancecompact.model.member.Member(
                ladybridge.id(),
                ladybridge.name(),
                ladybridge.kind(),
                ladybridge.phase(),
                ladybridge.state(),
                ladybridge.joinedOn(),
                people));
        String ladybridgeHead = "td[data-member-id='ladybridge'][data-role='HEAD']";

        browser.signInAs(preview.base(), head.email());
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        // One button in each school's head cell, nowhere else.
        assertThat(browser.driver().findElements(By.cssSelector(".compact-sign")))
                .hasSize(2);

        // The second school listed first: before issue 15 the signature went to the first school with that email.
        browser.find(ladybridgeHead + " .compact-sign").click();
        WebElement dialog =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
        assertThat(browser.find(".compact-dialog-member").getText()).isEqualTo(ladybridge.name());
        dialog.findElement(By.cssSelector(".compact-minute")).sendKeys("LB minute 3/2026");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(dialog));
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(ladybridgeHead), "SIGNED by"));
        assertThat(browser.find(SMITHILLS_HEAD).getText()).startsWith("NOT SIGNED");

        browser.find(SMITHILLS_HEAD + " .compact-sign").click();
        dialog = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-sign-dialog")));
        assertThat(browser.find(".compact-dialog-member").getText()).isEqualTo(smithills.name());
        dialog.findElement(By.cssSelector(".compact-minute")).sendKeys("SM minute 9/2026");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(dialog));
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(SMITHILLS_HEAD), "SIGNED by"));

        assertThat(store.signatures())
                .extracting(s -> s.memberId() + "/" + s.role() + "/" + s.minuteReference())
                .containsExactlyInAnyOrder("ladybridge/HEAD/LB minute 3/2026", "smithills/HEAD/SM minute 9/2026");
        assertThat(browser.driver().findElements(By.cssSelector(".compact-sign")))
                .isEmpty();
    }
}
