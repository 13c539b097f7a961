package org.alliancecompact.system;

import static org.alliancecompact.system.RunningSystem.COORDINATOR_USER;
import static org.alliancecompact.system.RunningSystem.SMITHILLS_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Confluence (the preview server) goes down while people use the bot: they are told so in plain words,
 * a support request is still filed and assigned, and the push that grants the provider sight of the
 * recipient's register row waits in the bot's outbox until the server is back on the same port and
 * database, then arrives.
 */
class PluginOutageTest {

    static final String LADYBRIDGE_TOKEN = "ladybridge-head-e2e-token";

    static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem("outage", "oldham", Map.of(LADYBRIDGE_TOKEN, "head@ladybridge.example"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void whileConfluenceIsDownPeopleAreToldAndTheAssignmentPushArrivesAfterItIsBack() throws Exception {
        assertThat(system.registerRowsSeenBy(LADYBRIDGE_TOKEN)).containsExactly("ladybridge");
        assertThat(system.firstResponse(system.command(SMITHILLS_HEAD, "mou")))
                .contains("Smithills")
                .doesNotContain("not reachable");

        Instant down = Instant.now();
        system.preview.stop();

        String mou = system.firstResponse(system.command(SMITHILLS_HEAD, "mou"));
        assertThat(mou)
                .contains("Confluence is not reachable")
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("127.0.0.1");

        // The bot knows its members from a minute's cache, so filing and brokering go on without Confluence.
        String filed = system.firstResponse(system.command(SMITHILLS_HEAD, "support 2 Sixth-form timetable review"));
        assertThat(filed)
                .contains("Confluence could not be reached, so the request has no priority from the register yet");
        Matcher number = Pattern.compile("request #(\\d+)").matcher(filed);
        assertThat(number.find()).as(filed).isTrue();
        String id = number.group(1);
        // Each move is told to the requester; wait for it so the next press finds the request moved.
        // claim and broker typed, as a coordinator may (the same checks and notices as the buttons)
        system.command(COORDINATOR_USER, "claim " + id);
        awaitToldToRequester("#" + id + " (Sixth-form timetable review) has been taken on");
        system.command(COORDINATOR_USER, "broker " + id + " asked Ladybridge, who have capacity");
        awaitToldToRequester("#" + id + " (Sixth-form timetable review) is being brokered");
        int opened = system.slack.calls("views.update").size();
        system.press(COORDINATOR_USER, "support:assigned", id);
        Await.until("the assign modal", () -> system.slack.calls("views.update").size(), n -> n > opened);
        system.submitSelect(COORDINATOR_USER, "support_assign", id, "provider", "ladybridge");

        // The push was tried while Confluence was down and kept for later.
        Await.until(
                "the failed push in the bot's log",
                () -> system.bot.logText(),
                log -> log.contains("/support-assignments/" + id + " not delivered"));

        system.startPreview();
        Instant up = Instant.now();
        Await.until(
                "ladybridge to see smithills' row once Confluence is back",
                Duration.ofSeconds(150),
                () -> system.registerRowsSeenBy(LADYBRIDGE_TOKEN),
                rows -> rows.contains("smithills"));
        Duration delivered = Duration.between(up, Instant.now());

        String queue = system.firstResponse(system.command(COORDINATOR_USER, "requests"));
        assertThat(queue)
                .contains("#" + id)
                .contains("Sixth-form timetable review")
                .contains("assigned");

        System.out.printf(
                "FIGURES plugin-outage: preview down %d s; assignment push delivered %d ms after the preview was"
                        + " healthy again (bot retries its outbox every 60 s, backoff from 30 s); pushes lost: 0%n",
                Duration.between(down, up).toSeconds(), delivered.toMillis());
    }

    private static void awaitToldToRequester(String what) throws Exception {
        Await.until(
                "the requester to be told " + what,
                () -> system.messagesTo(SMITHILLS_HEAD),
                messages -> messages.stream().anyMatch(m -> m.contains(what)));
    }
}
