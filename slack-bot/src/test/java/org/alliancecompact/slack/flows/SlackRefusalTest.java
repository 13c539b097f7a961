package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.alliancecompact.slack.testkit.StrictSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When Slack refuses a message, nothing stored is lost, no one else goes without theirs, the
 * coordinators learn why, and the message goes out once Slack accepts it:
 *
 * <ul>
 *   <li>a support request whose post in the improvement group's channel is refused is kept; the
 *       requester is not asked to file it again (a duplicate); each coordinator is told once;
 *   <li>a head whose account refuses messages (deactivated, say) does not keep the other members from
 *       their invitations and reminders; the refused reminder is retried without repeating the others'.
 * </ul>
 */
class SlackRefusalTest {
    private static final String GROUP = "CGROUP01";
    private BotHarness h;

    @BeforeEach
    void start() {
        h = new BotHarness("bolton").start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** Reminder messages sent to {@code user}, refused ones included (what the Slack stand-in was asked). */
    private long reminders(String user) {
        return h.postsTo(user).stream()
                .filter(p -> p.get("text").startsWith("Reminder:"))
                .count();
    }

    @Test
    void one_refused_head_does_not_stop_the_others_invitations_or_reminders() {
        var refused = h.slack.refuse("chat.postMessage", StrictSlack.where("channel", "UALPHA"), "channel_not_found");
        LocalDate day = h.clock
                .instant()
                .atZone(ZoneId.of("Europe/London"))
                .toLocalDate()
                .plusDays(20);
        Map<String, String> meeting = new LinkedHashMap<>();
        meeting.put("kind", "opt:ALLIANCE_MEETING");
        meeting.put("title", "Spring meeting");
        meeting.put("date", "date:" + day);
        meeting.put("time", "time:16:00");
        meeting.put("place", "Town Hall");
        meeting.put("link", null);
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", meeting)))
                .isEmpty();

        Eventually.await("the coordinator told", () -> !h.postsTo("UCOORD").isEmpty());
        assertThat(h.postsTo("UBETA")).as("Beta invited after Alpha's refusal").hasSize(1);
        assertThat(h.postsTo("UCOORD").get(0).get("text"))
                .contains("Added")
                .contains("I could not message <@UALPHA>")
                .contains("channel_not_found");

        // a week before: Beta is reminded; Alpha's refusal fails the task, so the scheduler retries it
        h.clock.advance(Duration.ofDays(14));
        String id = "1";
        assertThatThrownBy(() -> h.bot.flows().sendRsvpReminder(id, Duration.ofDays(7)))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("alpha-school");
        assertThat(reminders("UBETA")).isEqualTo(1);
        // the retry tries only Alpha
        assertThatThrownBy(() -> h.bot.flows().sendRsvpReminder(id, Duration.ofDays(7)))
                .isInstanceOf(SlackCallFailed.class);
        assertThat(reminders("UBETA")).isEqualTo(1);
        assertThat(reminders("UALPHA")).as("two refused tries").isEqualTo(2);

        // Alpha's head can be messaged again: the next try reaches Alpha, and no one twice
        refused.remove();
        h.bot.flows().sendRsvpReminder(id, Duration.ofDays(7));
        assertThat(reminders("UALPHA")).isEqualTo(3);
        assertThat(h.postsTo("UALPHA").get(h.postsTo("UALPHA").size() - 1).get("blocks"))
                .contains("rsvp:attend");
        h.bot.flows().sendRsvpReminder(id, Duration.ofDays(7));
        assertThat(reminders("UALPHA")).as("delivered: not sent again").isEqualTo(3);
        assertThat(reminders("UBETA")).isEqualTo(1);
    }

    @Test
    void a_refused_group_post_is_kept_the_coordinators_are_told_once_and_it_is_posted_when_slack_accepts() {
        var refused = h.slack.refuse("chat.postMessage", StrictSlack.where("channel", GROUP), "not_in_channel");

        String reply = h.awaitResponse(h.command("UALPHA", "support 2 phonics in key stage 1"));

        assertThat(reply)
                .contains("request #1")
                .contains("is stored")
                .contains("no need to ask again")
                .doesNotContain("try again");
        assertThat(h.count("select count(*) from support_requests where thread_ts is null"))
                .isEqualTo(1);
        Eventually.await("the coordinator told", () -> !h.postsTo("UCOORD").isEmpty());
        assertThat(h.postsTo("UCOORD").get(0).get("text"))
                .contains("Support request #1")
                .contains("not_in_channel")
                .contains("Invite the bot")
                .contains("I try again every minute"); // the scheduler's retry interval
        assertThat(SupportPosting.every(java.time.Duration.ofMinutes(5))).isEqualTo("every 5 minutes");

        // the minute job tries again while Slack still refuses: no second message to the coordinator
        h.bot.flows().retryPluginPushes();
        assertThat(h.postsTo("UCOORD")).hasSize(1);
        assertThat(h.count("select count(*) from support_requests where thread_ts is null"))
                .isEqualTo(1);
        // (the scheduler's own minute job may have tried as well)
        assertThat(h.postsTo(GROUP)).as("tried at filing and by the job").hasSizeGreaterThanOrEqualTo(2);

        // the bot is invited: the next run posts it, and later runs leave it alone
        refused.remove();
        h.bot.flows().retryPluginPushes();
        assertThat(h.count("select count(*) from support_requests where thread_ts is null"))
                .isZero();
        h.bot.flows().retryPluginPushes();
        assertThat(h.postsTo(GROUP)).hasSize(3);
        assertThat(h.postsTo(GROUP).get(2).get("blocks")).contains("phonics in key stage 1");
        assertThat(h.postsTo("UCOORD")).hasSize(1);
    }

    @Test
    void when_slack_refuses_to_tell_the_provider_the_assignment_stands_and_the_coordinator_hears_whom_to_tell() {
        h.awaitResponse(h.command("UALPHA", "support 1 phonics in key stage 1"));
        h.press("UCOORD", "support:claimed", "1");
        Eventually.await(
                "claimed", () -> h.count("select count(*) from support_requests where status = 'CLAIMED'") == 1);
        h.slack.refuse("chat.postMessage", StrictSlack.where("channel", "UBETA"), "account_inactive");
        int toldBefore = h.postsTo("UCOORD").size();

        h.submit("UCOORD", "support_assign", "1", java.util.Map.of("provider", "opt:beta-academy"));

        Eventually.await("the coordinator told", () -> h.postsTo("UCOORD").size() > toldBefore);
        assertThat(h.count("select count(*) from support_requests where status = 'ASSIGNED'"))
                .isEqualTo(1);
        assertThat(h.count("select count(*) from outbox"))
                .as("Confluence still told")
                .isEqualTo(1);
        String told = h.postsTo("UCOORD").get(h.postsTo("UCOORD").size() - 1).get("text");
        assertThat(told)
                .contains("Request #1 is assigned to Beta Academy")
                .contains("could not tell <@UBETA> (Slack said `account_inactive`)")
                .contains("let them know another way")
                .contains("no need to assign it again")
                .doesNotContain("try again");
    }
}
