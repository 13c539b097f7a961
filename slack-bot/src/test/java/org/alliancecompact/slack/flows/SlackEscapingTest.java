package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.alliancecompact.slack.testkit.SlackRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, findings 7 and 8: what people type arrives entity-escaped (Slack sends {@code & < >} as
 * {@code &amp; &lt; &gt;}) and is decoded once; what the bot writes shows coordinators', members' and
 * Confluence's text literally, links included, so no such text makes a spoofed link or a live
 * {@code @channel}. One test per kind of surface: a command's answer, a channel post, a direct message
 * with a link, a decision text, an error quoting the input.
 */
class SlackEscapingTest {
    private static final String SAINTS = "St Mary & St John CE Primary";
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("oldham");
        String members = BotHarness.MEMBERS.strip();
        members = members.substring(0, members.length() - 1)
                + ",{\"id\":\"saints\",\"name\":\"" + SAINTS + "\",\"kind\":\"SCHOOL\",\"phase\":\"PRIMARY\","
                + "\"state\":\"FULL\",\"joinedOn\":\"2024-09-01\",\"people\":["
                + "{\"email\":\"head@saints.sch.uk\",\"name\":\"Sam Head\",\"role\":\"HEAD\"}]}]";
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(members)));
        h.user("USAINTS", "head@saints.sch.uk", "Sam Head");
        h.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    /** Every text in a blocks field as Slack reads it (the SDK writes {@code < & >} as JSON escapes). */
    private static String shown(String blocksJson) {
        try {
            StringBuilder all = new StringBuilder();
            BotHarness.JSON
                    .readTree(blocksJson)
                    .findValues("text")
                    .forEach(t -> all.append(
                                    t.isTextual() ? t.asText() : t.path("text").asText())
                            .append('\n'));
            return all.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts {@code /alliance <wire>} with {@code wire} exactly as given (already entity-escaped as Slack
     * sends typed text); {@link BotHarness#command} escapes what it is given but leaves Slack's own
     * markup such as {@code <!channel>} as it is, as Slack does for a real mention.
     */
    private static String commandAsSent(String user, String wire) {
        String url = h.responseUrl();
        h.requests.postForm(SlackRequests.command(user, wire, url));
        return url;
    }

    @Test
    void an_organisation_typed_with_an_ampersand_is_found() {
        String answer = h.awaitResponse(h.command("UCOORD", "engagement " + SAINTS));
        assertThat(answer).contains("*St Mary &amp; St John CE Primary*").doesNotContain("No member organisation");
    }

    @Test
    void a_focus_typed_with_control_characters_is_stored_as_typed_and_shown_escaped_once() {
        h.command("UALPHA", "support 1 Maths & English moderation <Y6>");
        Eventually.await(
                "stored",
                () -> h.count("select count(*) from support_requests where focus = 'Maths & English moderation <Y6>'")
                        == 1);
        Eventually.await("posted", () -> !h.postsTo("CGROUP01").isEmpty());
        assertThat(shown(h.postsTo("CGROUP01").get(0).get("blocks")))
                .contains("Maths &amp; English moderation &lt;Y6&gt;")
                .doesNotContain("&amp;amp;")
                .doesNotContain("<Y6>");
    }

    @Test
    void an_error_quoting_the_input_makes_no_mention() {
        // typed literally: Slack sends the characters escaped
        String answer = h.awaitResponse(commandAsSent("UCOORD", "engagement Nobody &lt;!channel&gt;"));
        assertThat(answer).contains("'Nobody &lt;!channel&gt;'").doesNotContain("<!channel>");
        // a real @channel mention in the text arrives as Slack's markup, and is not echoed live either
        String mention = h.awaitResponse(h.command("UCOORD", "engagement Nobody <!channel>"));
        assertThat(mention).contains("'Nobody &lt;!channel&gt;'").doesNotContain("<!channel>");
    }

    @Test
    void a_coordinators_meeting_link_and_title_cannot_spoof_a_link_or_ping_the_channel() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", "opt:" + h.profile.meetings().kinds().iterator().next().name());
        v.put("title", "Q&A <!here> briefing");
        v.put("date", "date:" + LocalDate.now(ZoneId.of("Europe/London")).plusDays(30));
        v.put("time", "time:16:00");
        v.put("place", null);
        v.put("link", "https://meet.example/x|pwned> <!channel");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", v))).isEmpty();
        Eventually.await(
                "invitation",
                () -> h.postsTo("USAINTS").stream().anyMatch(p -> p.get("text").startsWith("Invitation")));
        Map<String, String> invitation = h.postsTo("USAINTS").stream()
                .filter(p -> p.get("text").startsWith("Invitation"))
                .findFirst()
                .orElseThrow();
        assertThat(shown(invitation.get("blocks")))
                .contains("<https://meet.example/x%7Cpwned%3E%20%3C!channel|online link>")
                .contains("Q&amp;A &lt;!here&gt; briefing")
                .doesNotContain("<!channel")
                .doesNotContain("<!here")
                .doesNotContain("|pwned");
        assertThat(invitation.get("text")).doesNotContain("<!here");

        // the deputy decision text names the meeting: shown as text too
        String meetingId = String.valueOf(h.count("select max(id) from meetings"));
        String answer = h.awaitResponse(h.command("USAINTS", "rsvp " + meetingId + " deputy Dee Deputy"));
        assertThat(answer).contains("Q&amp;A &lt;!here&gt; briefing").doesNotContain("<!here");
        List<String> everything = h.calls("chat.postMessage").stream()
                .map(p -> p.get("text") + (p.get("blocks") == null ? "" : shown(p.get("blocks"))))
                .toList();
        assertThat(everything).noneMatch(t -> t.contains("<!channel") || t.contains("<!here"));
    }
}
