package org.alliancecompact.system;

import static org.alliancecompact.system.RunningSystem.COORDINATOR_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecompact.confluence.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Markup typed by people (an organisation's name through the REST API, a request's focus in a Slack
 * modal) is shown as the text it is: no script runs in the preview's pages, and the bot's Slack posts
 * escape {@code &}, {@code <} and {@code >} as Slack's formatting rules require.
 */
class HostileTextTest {

    static final String NAME = "<img src=x onerror=alert(1)> & Co";
    static final String PERSON = "<b onmouseover=alert(2)>Head</b>";
    static final String FOCUS = "<script>alert(1)</script> & <!channel>";
    static final String TITLE = "<i>Governors</i> & <!here> briefing";
    static final String HOSTILE_HEAD = "UHOSTILE";

    static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem("hostile", "bolton", Map.of());
        system.slack.user(HOSTILE_HEAD, "head@hostile.example");
        RunningSystem.Rest created = system.rest(
                "POST",
                "members",
                RunningSystem.COORDINATOR_TOKEN,
                Map.of(
                        "id", "hostile-academy",
                        "name", NAME,
                        "kind", "ACADEMY",
                        "phase", "SECONDARY",
                        "state", "FULL",
                        "joinedOn", "2026-09-01",
                        "people", List.of(Map.of("email", "head@hostile.example", "name", PERSON, "role", "HEAD"))));
        assertThat(created.status()).as(String.valueOf(created.json())).isIn(200, 201);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void thePreviewPagesShowTheNameAsTextAndRunNoScript() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(system.previewBase.toString());
            assertNoScriptRan(browser);
            assertThat(browser.find("button[data-email='head@hostile.example']").getText())
                    .startsWith(PERSON)
                    .contains(NAME);
            browser.find("button[data-email='head@hostile.example']").click();
            browser.waitFor(d -> d.findElements(By.cssSelector(".compact-me")).size() > 0);
            assertNoScriptRan(browser);
            int pages = 1;
            for (String page : List.of("mou", "mou-signature", "mou-status", "support-register")) {
                browser.driver.get(system.previewBase.resolve("pages/" + page).toString());
                assertNoScriptRan(browser);
                if (!page.equals("support-register")) {
                    // the register lists organisations with a category only; the others list every member
                    assertThat(browser.find("body").getText()).as(page).contains(NAME);
                }
                pages++;
            }
            System.out.printf(
                    "FIGURES hostile-text: %d preview pages loaded, 0 alerts, 0 injected elements, name shown as text%n",
                    pages);
        }
    }

    @Test
    void theBotsSlackPostsEscapeTheMarkup() throws Exception {
        system.submitModal(
                HOSTILE_HEAD,
                "support_request",
                "",
                Map.of(
                        "focus", Map.of("type", "plain_text_input", "value", FOCUS),
                        "days", Map.of("type", "plain_text_input", "value", "1")));
        String confirmation = Await.until(
                "the requester's confirmation",
                () -> String.join("\n", system.messagesTo(HOSTILE_HEAD)),
                m -> m.contains("Your request #"));
        Matcher number = Pattern.compile("request #(\\d+)").matcher(confirmation);
        assertThat(number.find()).isTrue();
        int request = Integer.parseInt(number.group(1));
        system.groupPost(request);

        Map<String, String> post = system.slack.calls("chat.postMessage").stream()
                .filter(p -> RunningSystem.SUPPORT_CHANNEL.equals(p.get("channel")))
                .filter(p -> p.getOrDefault("text", "").contains("#" + request))
                .findFirst()
                .orElseThrow();
        List<String> shown = new ArrayList<>();
        shown.add(post.get("text"));
        shown.addAll(texts(post.get("blocks")));
        String all = String.join("\n", shown);
        assertThat(all)
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; Co")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!channel&gt;")
                .doesNotContain("<img")
                .doesNotContain("<script")
                .doesNotContain("<!channel>");
        for (String text : shown) {
            assertThat(text).as("every text of the post").doesNotContain("<img").doesNotContain("<script");
        }
        System.out.printf(
                "FIGURES hostile-text: group post of request #%d, %d texts checked, all escaped%n",
                request, shown.size());
    }

    @Test
    void theNotificationTextOfInvitationsAndNudgesIsEscapedToo() throws Exception {
        system.addMeeting(
                COORDINATOR_USER,
                TITLE,
                java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/London"))
                        .plusDays(20)
                        .truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        for (int daysAgo : List.of(50, 20)) {
            system.firstResponse(
                    system.command(COORDINATOR_USER, "engagement hostile-academy missed " + today.minusDays(daysAgo)));
        }
        List<String> texts = Await.until(
                "the invitation and the level-1 nudge",
                () -> system.slack.calls("chat.postMessage").stream()
                        .filter(p -> HOSTILE_HEAD.equals(p.get("channel")))
                        .map(p -> p.getOrDefault("text", ""))
                        .filter(t -> t.startsWith("Invitation: ") || t.startsWith("Engagement: "))
                        .toList(),
                l -> l.size() >= 2);
        assertThat(texts)
                .anySatisfy(
                        t -> assertThat(t).startsWith("Invitation: &lt;i&gt;Governors&lt;/i&gt; &amp; &lt;!here&gt;"))
                .anySatisfy(t -> assertThat(t).startsWith("Engagement: &lt;img src=x onerror=alert(1)&gt; &amp; Co"))
                .allSatisfy(t -> assertThat(t).doesNotContain("<"));
        System.out.printf(
                "FIGURES hostile-text: invitation and nudge notification texts escaped (%d checked)%n", texts.size());
    }

    private static void assertNoScriptRan(Browser browser) {
        try {
            String alert = browser.driver.switchTo().alert().getText();
            throw new AssertionError("a script ran and raised an alert: " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertThat(browser.driver.findElements(By.cssSelector("img[src='x'], script:not([src])")))
                .filteredOn(e -> e.getAttribute("outerHTML").contains("alert("))
                .isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("img[src='x'], b[onmouseover]")))
                .isEmpty();
    }

    /** Every "text" value in a Block Kit JSON array, decoded (Gson may write {@code <} as a unicode escape). */
    private static List<String> texts(String blocksJson) throws Exception {
        List<String> texts = new ArrayList<>();
        if (blocksJson == null) {
            return texts;
        }
        collect(RunningSystem.JSON.readTree(blocksJson), texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("text") && e.getValue().isTextual()) {
                    texts.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), texts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        }
    }
}
