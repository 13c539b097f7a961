package org.alliancecompact.confluence.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every preview page as a coordinator (and the register as a member who has not signed) in headless
 * chromium at 1400 and 420 px: the page is framed like Confluence and built from AUI, nothing runs off the
 * side at 420 px, every table cell keeps its column's name, every date reads the same way. The screenshots
 * are kept in target/screenshots for people to look at.
 */
class PreviewLookBrowserIT {

    private static PreviewHttp preview;
    private static Browser browser;

    /** Dates as EnGb writes them: "23 November 2026" or "23 November 2026, 10:00". */
    static final String EN_GB_DATE = "\\d{1,2} (January|February|March|April|May|June|July|August|September|"
            + "October|November|December) \\d{4}(, \\d{2}:\\d{2})?";

    @BeforeAll
    static void start() throws Exception {
        preview = new PreviewHttp("oldham");
        browser = new Browser();
        // one organisation on the disengagement ladder, so its page has a table to look at
        preview.server
                .app()
                .register
                .report(new org.alliancecompact.model.api.EngagementReportDto(
                        "ladybridge", 2, List.of("Self-review not sent"), null));
    }

    @AfterAll
    static void stop() {
        browser.close();
        preview.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1400, 420})
    void everyPageIsFramedLikeConfluenceBuiltFromAuiAndFitsTheScreen(int width) {
        browser.width(width);
        browser.driver().get(preview.base().toString());
        assertFits("start page", width);
        browser.screenshot("start");
        browser.signInAs(preview.base(), "coordinator@alliance.example");
        for (String page : List.of("mou", "mou-signature", "mou-status", "support-register", "engagement-ladder")) {
            browser.driver().get(preview.base().resolve("pages/" + page).toString());
            assertThat(browser.driver().executeScript("return window.AJS && AJS.version"))
                    .as("AUI is loaded on " + page)
                    .isNotNull();
            for (String part : List.of(
                    "#header .aui-header",
                    ".aui-page-panel-nav .aui-navgroup",
                    ".aui-nav-breadcrumbs",
                    ".aui-page-header h1",
                    "table.aui",
                    ".aui-lozenge")) {
                assertThat(browser.driver().findElements(By.cssSelector(part)))
                        .as(part + " on " + page)
                        .isNotEmpty();
            }
            // AUI's styles are applied, not just its class names: the lozenges are AUI's capitals
            assertThat(browser.find(".aui-lozenge").getCssValue("text-transform"))
                    .isEqualTo("uppercase");
            assertFits(page, width);
            assertLabelled(page, width);
            assertDatesInOneFormat(page);
            browser.screenshot(page + "-coordinator");
            if (page.equals("support-register")) {
                // the change dialog fits the screen too, every field inside it
                browser.find("tr[data-member-id='ladybridge'] .compact-change").click();
                var dialog =
                        browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".compact-change-dialog")));
                Number right = (Number) browser.driver()
                        .executeScript("return Math.max(...Array.from(document.querySelectorAll("
                                + "'.compact-change-dialog, .compact-change-dialog *'))"
                                + ".filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().right));");
                assertThat(right.doubleValue())
                        .as("the change dialog at " + width)
                        .isLessThanOrEqualTo(width + 1);
                browser.screenshot("support-register-change-dialog");
                dialog.findElement(By.cssSelector(".compact-cancel")).click();
                browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOf(dialog));
            }
        }
        browser.signInAs(preview.base(), "head@ladybridge.example");
        browser.driver().get(preview.base().resolve("pages/support-register").toString());
        assertFits("register as a member", width);
        assertLabelled("register as a member", width);
        browser.screenshot("support-register-member");
    }

    /** Point 9 of the issue: the header names the person once; the MOU edition is of the document. */
    @org.junit.jupiter.api.Test
    void thePagesSayWhoIsSignedInOnceAndWhatTheEditionIsOf() {
        browser.width(1400);
        browser.signInAs(preview.base(), "coordinator@alliance.example");
        browser.driver().get(preview.base().resolve("pages/mou").toString());
        assertThat(browser.find(".compact-signed-in").getText())
                .isEqualTo("Signed in as Helen Crompton (coordinator@alliance.example) COORDINATOR");
        assertThat(browser.find(".aui-nav-breadcrumbs").getText()).contains("Oldham Education Partnership");
        assertThat(browser.find(".compact-edition").getText())
                .isEqualTo("Edition 1 of the Oldham Education Partnership Memorandum of Understanding, effective"
                        + " 23 November 2026; to be reviewed by 22 November 2027.");
        browser.signInAs(preview.base(), "head@smithills.example");
        assertThat(browser.find(".compact-signed-in").getText())
                .isEqualTo("Signed in as Dana Whitworth (head@smithills.example)");
    }

    /** Nothing is wider than the viewport: no sideways scrolling, no element running off the right. */
    static void assertFits(String page, int width) {
        @SuppressWarnings("unchecked")
        List<String> over = (List<String>) browser.driver()
                .executeScript("const w = document.documentElement.clientWidth; const out = [];"
                        + "if (document.documentElement.scrollWidth > w) out.push('page ' + document.documentElement.scrollWidth);"
                        + "document.querySelectorAll('#page *').forEach(e => {"
                        + " if (e.closest('.aui-dialog2, [hidden], .aui-flag, thead')) return;"
                        + " const r = e.getBoundingClientRect();"
                        + " if (r.width > 0 && r.height > 0 && r.right > w + 1)"
                        + "  out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));});"
                        + "return out;");
        assertThat(over)
                .as("elements running off the %d px screen on %s", width, page)
                .isEmpty();
    }

    /** Narrow: every cell shows its column's name before its content; wide: the table has its header row. */
    static void assertLabelled(String page, int width) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) browser.driver()
                .executeScript(
                        "return Array.from(document.querySelectorAll('table.aui tbody tr:not(.compact-empty) > *'))"
                                + ".map(c => ({label: c.dataset.label || '',"
                                + " before: getComputedStyle(c, '::before').content,"
                                + " head: getComputedStyle(c.closest('table').querySelector('thead')).position}));");
        assertThat(cells).as("table cells on " + page).isNotEmpty();
        for (Map<String, Object> cell : cells) {
            assertThat((String) cell.get("label"))
                    .as("a cell without a column name on " + page)
                    .isNotBlank();
            if (width < 600) {
                assertThat((String) cell.get("before")).isEqualTo("\"" + cell.get("label") + "\"");
            } else {
                assertThat(cell.get("head")).isNotEqualTo("absolute");
            }
        }
        // the headline counts say which category each number is
        for (var count : browser.driver().findElements(By.cssSelector(".compact-headline li"))) {
            assertThat(count.getText()).matches("(?s)(INTENSIVE|TARGETED|UNIVERSAL)\\s+\\d+");
        }
    }

    static void assertDatesInOneFormat(String page) {
        for (var time : browser.driver().findElements(By.cssSelector("#main-content time"))) {
            if (time.isDisplayed()) {
                assertThat(time.getText()).as("a date on " + page).matches(EN_GB_DATE);
            }
        }
    }
}
