package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command's bad input gets an ephemeral answer at once and stores nothing; the App Home; event retries. */
class CommandInputTest {
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("bolton").start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static String ackText() throws Exception {
        assertThat(h.lastAck.statusCode()).isEqualTo(200);
        return BotHarness.JSON.readTree(h.lastAck.body()).path("text").asText();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "frobnicate|I don't know `frobnicate`",
                "meetings please|takes nothing after it",
                "rsvp|Usage: `/alliance rsvp &lt;meeting&gt; attend`",
                "rsvp abc attend|Usage: `/alliance rsvp &lt;meeting&gt; attend`",
                "rsvp 1 maybe|Usage: `/alliance rsvp &lt;meeting&gt; attend`",
                "rsvp 1 attend now|Usage: `/alliance rsvp &lt;meeting&gt; attend`",
                "rsvp 1 deputy|Name the deputy",
                "support 2|give the request in one line as `/alliance support &lt;days&gt; &lt;focus&gt;`",
                "requests all|takes nothing after it",
                "mou now|takes nothing after it",
            })
    void bad_command_input_is_answered_at_once(String text, String expected) throws Exception {
        h.command("UALPHA", text);
        assertThat(ackText()).contains(expected);
        assertThat(h.count("select count(*) from rsvps")).isZero();
        assertThat(h.count("select count(*) from support_requests")).isZero();
    }

    @Test
    void an_empty_command_and_help_show_the_grammar() throws Exception {
        h.command("UALPHA", "");
        assertThat(ackText()).contains("What /alliance does");
        h.command("UALPHA", "help");
        assertThat(ackText()).contains("/alliance rsvp &lt;meeting&gt;");
    }

    @Test
    void someone_the_plugin_does_not_know_is_told_what_to_do() {
        assertThat(h.awaitResponse(h.command("USTRANGER", "requests")))
                .contains("can't find who@elsewhere.org")
                .contains("Ask a coordinator");
    }

    @Test
    void the_app_home_is_published_once_however_often_slack_redelivers_the_event() {
        int before = h.calls("views.publish").size();
        assertThat(h.homeOpened("UALPHA", "EvHome42", Map.of()).statusCode()).isEqualTo(200);
        assertThat(h.homeOpened("UALPHA", "EvHome42", Map.of("X-Slack-Retry-Num", "1"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(h.homeOpened("UALPHA", "EvHome42", Map.of("X-Slack-Retry-Num", "2"))
                        .statusCode())
                .isEqualTo(200);
        Eventually.await("home published", () -> h.calls("views.publish").size() > before);
        assertThat(h.count("select count(*) from processed_events where event_id = 'EvHome42'"))
                .isEqualTo(1);
        var publish = h.calls("views.publish").get(before);
        assertThat(publish.get("user_id")).isEqualTo("UALPHA");
        assertThat(publish.get("view")).contains("Alpha School").contains("Request support");
        h.homeOpened("UALPHA", "EvHome43", Map.of());
        Eventually.await(
                "second distinct event handled", () -> h.calls("views.publish").size() == before + 2);
    }

    @Test
    void a_wrongly_signed_interaction_is_refused_and_changes_nothing() {
        String body = "payload="
                + java.net.URLEncoder.encode("{\"type\":\"block_actions\"}", java.nio.charset.StandardCharsets.UTF_8);
        var response = h.requests.post(
                body,
                "application/x-www-form-urlencoded",
                java.time.Instant.now().getEpochSecond(),
                false,
                Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void the_command_is_acknowledged_before_slow_work_finishes() {
        // users.info answers after two seconds: the acknowledgement must not wait for it
        h.user("USLOW", "head@beta.sch.uk", "Slow Head");
        h.slack.delay("users.info", java.time.Duration.ofSeconds(2));
        String url = h.command("USLOW", "requests");
        assertThat(h.lastAck.statusCode()).isEqualTo(200);
        assertThat(h.responses(url)).isEmpty();
        assertThat(h.awaitResponse(url)).contains("Beta Academy");
    }
}
