package org.alliancecompact.system;

import static org.alliancecompact.system.RunningSystem.COORDINATOR_USER;
import static org.alliancecompact.system.RunningSystem.SMITHILLS_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Oldham's data-sharing protocol across both processes: a member that has not signed sees only its own
 * register row, until the bot assigns it to support another member; then it sees that member's row
 * through the plugin, and loses it when the support completes.
 */
class ProviderSightTest {

    static final String LADYBRIDGE_TOKEN = "ladybridge-head-e2e-token";

    static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem("oldham", "oldham", Map.of(LADYBRIDGE_TOKEN, "head@ladybridge.example"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aProviderAssignedInSlackSeesTheRecipientsRowOnlyWhileTheSupportRuns() throws Exception {
        assertThat(system.registerRowsSeenBy(LADYBRIDGE_TOKEN)).containsExactly("ladybridge");

        String id = String.valueOf(system.fileRequest(SMITHILLS_HEAD, "2 Sixth-form timetable review"));
        // Each move is told to the requester; wait for it so the next press finds the request moved
        // (the bot acknowledges at once and does the work after, so presses could overtake each other).
        // claim and broker typed, as a coordinator may (the same checks and notices as the buttons)
        system.command(COORDINATOR_USER, "claim " + id);
        awaitToldToRequester(id, "has been taken on");
        system.command(COORDINATOR_USER, "broker " + id + " asked Ladybridge, who have capacity");
        awaitToldToRequester(id, "is being brokered");
        int opened = system.slack.calls("views.update").size();
        system.press(COORDINATOR_USER, "support:assigned", id);
        Await.until("the assign modal", () -> system.slack.calls("views.update").size(), n -> n > opened);
        system.submitSelect(COORDINATOR_USER, "support_assign", id, "provider", "ladybridge");

        Await.until(
                "ladybridge to see smithills' row",
                () -> system.registerRowsSeenBy(LADYBRIDGE_TOKEN),
                rows -> rows.contains("smithills"));
        assertThat(system.registerRowsSeenBy(LADYBRIDGE_TOKEN)).containsExactlyInAnyOrder("ladybridge", "smithills");

        system.press(COORDINATOR_USER, "support:in_progress", id);
        awaitToldToRequester(id, "is under way");
        // completing asks the days actually given (issue 17): typed here
        system.command(COORDINATOR_USER, "complete " + id + " 2");
        Await.until(
                "ladybridge to lose smithills' row",
                () -> system.registerRowsSeenBy(LADYBRIDGE_TOKEN),
                rows -> !rows.contains("smithills"));
        assertThat(system.registerRowsSeenBy(LADYBRIDGE_TOKEN)).containsExactly("ladybridge");
    }

    private static void awaitToldToRequester(String id, String move) throws Exception {
        String what = "#" + id + " ";
        String how = move;
        Await.until(
                "the requester to be told " + what,
                () -> system.messagesTo(SMITHILLS_HEAD),
                messages -> messages.stream().anyMatch(m -> m.contains(what) && m.contains(how)));
    }
}
