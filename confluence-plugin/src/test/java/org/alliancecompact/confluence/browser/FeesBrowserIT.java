package org.alliancecompact.confluence.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecompact.confluence.preview.PreviewHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The register macro's fee section in headless chromium (issue 18, finding 5; Bolton 25: "We will pay £3000
 * per year"): a coordinator records a payment in the dialog and the row says paid, without a reload.
 */
class FeesBrowserIT {

    private PreviewHttp preview;
    private Browser browser;

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
    void aCoordinatorRecordsTheFeeAndTheRowSaysPaid() throws Exception {
        preview = new PreviewHttp("bolton");
        browser = new Browser();
        browser.width(1400);
        browser.signInAs(preview.base(), "coordinator@alliance.example");
        browser.driver().get(preview.base().resolve("pages/support-register").toString());
        String row = "section.compact-fees tr[data-member-id='ladybridge']";
        assertThat(browser.find(row + " .compact-fee-state").getText()).isEqualTo("UNPAID: £3,000.00 OVERDUE");
        browser.driver().executeScript("window.compactMarker = 'same page';");

        browser.find(row + " .compact-fee-record").click();
        WebElement dialog =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-fee-dialog")));
        assertThat(dialog.findElement(By.cssSelector(".compact-dialog-member")).getText())
                .isEqualTo("Ladybridge High School");
        // pounds as people write them; a malformed amount is refused in words before anything is sent
        dialog.findElement(By.name("amount")).sendKeys("3.000,00");
        dialog.findElement(By.name("paidOn")).sendKeys("20 November 2026");
        dialog.findElement(By.name("reference")).sendKeys("BACS <b>1042</b>");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        WebElement error = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-fee-dialog .compact-error")));
        assertThat(error.getText()).startsWith("Amount: write pounds and pence");

        WebElement amount = dialog.findElement(By.name("amount"));
        amount.clear();
        amount.sendKeys("£3,000");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(dialog));
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector(row + " .compact-fee-state"), "PAID"));
        assertThat(browser.find(row + " .compact-fee-paid").getText())
                .contains("£3,000.00")
                .contains("£3,000.00 on 20 November 2026, reference BACS <b>1042</b>");
        assertThat(browser.driver().executeScript("return window.compactMarker"))
                .isEqualTo("same page");
        // stored: the same answer from the API
        assertThat(preview.get("/rest/compact/1.0/fees/ladybridge", "t-coordinator")
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("PAID");
    }

    /**
     * The newcomer's finding 2: the server's refusals read as the dialog's words, and a payment that takes
     * the total over the fee is recorded and said, not silent.
     */
    @Test
    void theDialogSaysRefusalsInWordsAndAnOverpaymentAloud() throws Exception {
        preview = new PreviewHttp("bolton");
        browser = new Browser();
        browser.width(1400);
        browser.signInAs(preview.base(), "coordinator@alliance.example");
        browser.driver().get(preview.base().resolve("pages/support-register").toString());
        String row = "section.compact-fees tr[data-member-id='ladybridge']";
        browser.find(row + " .compact-fee-record").click();
        WebElement dialog =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-fee-dialog")));
        dialog.findElement(By.name("amount")).sendKeys("4,500");
        dialog.findElement(By.name("paidOn")).sendKeys("24 November 2026");
        dialog.findElement(By.name("reference")).sendKeys("BACS 77");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        WebElement error = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-fee-dialog .compact-error")));
        browser.waitFor(d -> !error.getText().isBlank());
        assertThat(error.getText()).isEqualTo("The date received cannot be after today (23 November 2026).");

        WebElement paidOn = dialog.findElement(By.name("paidOn"));
        paidOn.clear();
        paidOn.sendKeys("20 November 2026");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(dialog));
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector(row + " .compact-fee-state"), "PAID"));
        browser.waitFor(d -> browser.driver().findElements(By.cssSelector(".aui-flag")).stream()
                .anyMatch(f -> f.getText().contains("more than the fee")));
        assertThat(browser.driver().findElements(By.cssSelector(".aui-flag")).stream()
                        .map(WebElement::getText)
                        .toList())
                .anySatisfy(t -> assertThat(t)
                        .contains("£1,500.00 more than the fee: recorded as paid; reverse it if it was a mistake"));
    }

    @Test
    void aCoordinatorReversesAPaymentRecordedByMistakeAndTheRowIsOwedAgain() throws Exception {
        preview = new PreviewHttp("bolton");
        // recorded against the wrong school: Smithills' £3,000 on Ladybridge's row
        var recorded = preview.send(
                "POST",
                "/rest/compact/1.0/fees/ladybridge/payments",
                "t-coordinator",
                java.util.Map.of(
                        "academicYear",
                        "2026/27",
                        "amountPence",
                        300_000,
                        "paidOn",
                        "2026-11-20",
                        "reference",
                        "INV-9"),
                true);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long paymentId = recorded.json().get("payments").get(0).get("id").asLong();

        browser = new Browser();
        browser.width(1400);
        browser.signInAs(preview.base(), "coordinator@alliance.example");
        browser.driver().get(preview.base().resolve("pages/support-register").toString());
        String row = "section.compact-fees tr[data-member-id='ladybridge']";
        assertThat(browser.find(row + " .compact-fee-state").getText()).isEqualTo("PAID");
        browser.driver().executeScript("window.compactMarker = 'same page';");

        browser.find(row + " li[data-payment-id='" + paymentId + "'] .compact-fee-reverse")
                .click();
        WebElement dialog = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-fee-reverse-dialog")));
        assertThat(dialog.findElement(By.cssSelector(".compact-dialog-member")).getText())
                .isEqualTo("Ladybridge High School");
        assertThat(dialog.findElement(By.cssSelector(".compact-fee-reverse-payment"))
                        .getText())
                .isEqualTo("£3,000.00 on 20 November 2026, reference INV-9");
        // a reason is required, said in words before anything is sent
        dialog.findElement(By.name("reason")).sendKeys("   ");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        WebElement error = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".compact-fee-reverse-dialog .compact-error")));
        assertThat(error.getText()).startsWith("Reason: say why the payment is reversed");
        assertThat(preview.get("/rest/compact/1.0/fees/ladybridge", "t-coordinator")
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("PAID");

        WebElement reason = dialog.findElement(By.name("reason"));
        reason.clear();
        reason.sendKeys("Smithills' payment <b>recorded here</b> by mistake");
        dialog.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(dialog));
        browser.waitFor(
                ExpectedConditions.textToBe(By.cssSelector(row + " .compact-fee-state"), "UNPAID: £3,000.00 OVERDUE"));
        WebElement reversed = browser.find(row + " li[data-payment-id='" + paymentId + "']");
        assertThat(reversed.getAttribute("class")).contains("compact-fee-reversed");
        assertThat(reversed.findElement(By.tagName("del")).getText())
                .isEqualTo("£3,000.00 on 20 November 2026, reference INV-9");
        assertThat(reversed.findElement(By.cssSelector(".compact-fee-reversal")).getText())
                .isEqualTo("Reversed on 23 November 2026: Smithills' payment <b>recorded here</b> by mistake");
        assertThat(reversed.findElements(By.cssSelector("b, button"))).isEmpty();
        assertThat(browser.find(row + " .compact-fee-total").getText()).isEqualTo("£0.00");
        assertThat(browser.driver().executeScript("return window.compactMarker"))
                .isEqualTo("same page");

        // stored: the API says the same, and the reference may be recorded again, on the right row
        var after = preview.get("/rest/compact/1.0/fees/ladybridge", "t-coordinator")
                .json();
        assertThat(after.get("state").asText()).isEqualTo("OVERDUE");
        assertThat(after.get("payments").get(0).get("reversal").get("reason").asText())
                .isEqualTo("Smithills' payment <b>recorded here</b> by mistake");
        browser.find(row + " .compact-fee-record").click();
        WebElement record =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compact-fee-dialog")));
        record.findElement(By.name("amount")).sendKeys("3000");
        record.findElement(By.name("paidOn")).sendKeys("21 November 2026");
        record.findElement(By.name("reference")).sendKeys("INV-9");
        record.findElement(By.cssSelector(".compact-confirm")).click();
        browser.waitFor(ExpectedConditions.invisibilityOf(record));
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector(row + " .compact-fee-state"), "PAID"));
        assertThat(browser.find(row).findElements(By.cssSelector("li[data-payment-id]")))
                .hasSize(2);
    }
}
