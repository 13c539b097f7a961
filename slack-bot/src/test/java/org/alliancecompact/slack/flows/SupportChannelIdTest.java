package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 1: with {@code SUPPORT_CHANNEL} at its default {@code #improvement-group} (a name),
 * every move of a support request updates the channel message and replies in its thread by the channel
 * ID Slack answered when the message was posted.
 *
 * <p>The strict Slack stand-in is as strict as Slack about channels: chat.postMessage to the name
 * answers with the channel's ID ({@link BotHarness#GROUP}) and the message's ts; chat.update answers
 * {@code channel_not_found} unless the channel is an ID (https://api.slack.com/methods/chat.update),
 * and a {@code thread_ts} or {@code ts} never posted in that channel is {@code thread_not_found} /
 * {@code message_not_found}.
 */
class SupportChannelIdTest {
    private static final String ID = BotHarness.GROUP;

    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("exceed");
        h.settings.remove("SUPPORT_CHANNEL"); // the default, #improvement-group
        h.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static String status(String id) {
        return h.bot.database()
                .jdbi()
                .withHandle(x -> x.createQuery("select status from support_requests where id = :id")
                        .bind("id", Long.parseLong(id))
                        .mapTo(String.class)
                        .one());
    }

    private static String threadTsStored(String id) {
        return h.bot.database()
                .jdbi()
                .withHandle(x -> x.createQuery("select thread_ts from support_requests where id = :id")
                        .bind("id", Long.parseLong(id))
                        .mapTo(String.class)
                        .one());
    }

    private static List<Map<String, String>> threadReplies() {
        return h.calls("chat.postMessage").stream()
                .filter(f -> f.containsKey("thread_ts"))
                .toList();
    }

    private static void move(String action, String to, int updatesBefore) {
        h.press("UCOORD", action, "1");
        Eventually.await(to, () -> status("1").equals(to));
        Eventually.await(
                "the channel message updated for " + to,
                () -> h.calls("chat.update").size() > updatesBefore);
        Eventually.await("a thread reply for " + to, () -> threadReplies().size() > updatesBefore);
    }

    private static void submitMove(String callbackId, Map<String, String> values, String to, int updatesBefore) {
        assertThat(BotHarness.errors(h.submit("UCOORD", callbackId, "1", values)))
                .isEmpty();
        Eventually.await(to, () -> status("1").equals(to));
        Eventually.await(
                "the channel message updated for " + to,
                () -> h.calls("chat.update").size() > updatesBefore);
        Eventually.await("a thread reply for " + to, () -> threadReplies().size() > updatesBefore);
    }

    @Test
    void the_whole_support_flow_updates_and_replies_by_the_channel_id_slack_answered() {
        h.command("UBETA", "support 3 maths leadership");
        Eventually.await("posted", () -> !h.postsTo("#improvement-group").isEmpty());
        Eventually.await(
                "stored with the ID",
                () -> h.count("select count(*) from support_requests where channel = '" + ID + "'") == 1);
        // the message's ts as stored from Slack's answer; the stand-in refuses an update or reply naming
        // a ts it never gave in that channel, so no refusal below means this is Slack's ts
        String ts = threadTsStored("1");

        move("support:claimed", "CLAIMED", 0);
        submitMove("support_broker", Map.of("note", "The maths hub has a lead free in spring"), "BROKERED", 1);
        assertThat(BotHarness.errors(h.submit("UCOORD", "support_assign", "1", Map.of("provider", "opt:alpha-school"))))
                .isEmpty();
        Eventually.await("ASSIGNED", () -> status("1").equals("ASSIGNED"));
        Eventually.await(
                "assign shown",
                () -> h.calls("chat.update").size() > 2 && threadReplies().size() > 2);
        move("support:in_progress", "IN_PROGRESS", 3);
        submitMove("support_complete", Map.of("days_given", "3"), "COMPLETED", 4);
        Map<String, String> evaluation = new LinkedHashMap<>();
        evaluation.put("rating", "opt:5");
        evaluation.put("impact", "Middle leaders now run their own reviews");
        assertThat(BotHarness.errors(h.submit("UBETA", "support_evaluation", "1", evaluation)))
                .isEmpty();
        Eventually.await(
                "evaluation shown",
                () -> h.calls("chat.update").size() > 5 && threadReplies().size() > 5);

        List<Map<String, String>> updates = h.calls("chat.update");
        assertThat(updates).hasSize(6).allSatisfy(u -> {
            assertThat(u.get("channel")).isEqualTo(ID);
            assertThat(u.get("ts")).isEqualTo(ts);
        });
        assertThat(threadReplies()).hasSize(6).allSatisfy(r -> {
            assertThat(r.get("channel")).isEqualTo(ID);
            assertThat(r.get("thread_ts")).isEqualTo(ts);
        });
        // and Slack took every one of them
        assertThat(h.slack.refusals()).as(h.slack.describe()).isEmpty();
        // the requester heard of every move, and nobody was told that Slack refused a notice
        assertThat(h.postsTo("UBETA").stream().map(p -> p.get("text")))
                .contains(
                        "Your support request #1 (maths leadership) has been taken on by <@UCOORD>, a coordinator.",
                        "Your support request #1 (maths leadership) is being brokered by <@UCOORD>: The maths hub"
                                + " has a lead free in spring.",
                        "Your support request #1 (maths leadership) is assigned to Alpha School, who will be in"
                                + " touch.",
                        "Your support request #1 (maths leadership) is under way with Alpha School.",
                        "Your support request #1 (maths leadership) is complete: Alpha School gave 3 days.");
        assertThat(h.calls("chat.postMessage").stream().map(p -> String.valueOf(p.get("blocks"))))
                .noneMatch(b -> b.contains("Slack refused part of the notice"));
    }

    @Test
    void a_message_stored_with_the_channel_name_gets_the_id_when_the_next_request_is_posted() {
        h.bot.database()
                .jdbi()
                .useHandle(x ->
                        x.execute("insert into support_requests (member_id, requester_slack_user, focus, days, status,"
                                + " brokerage_required, channel, thread_ts, submitted_at, updated_at)"
                                + " values ('alpha-school', 'UALPHA', 'old', 1, 'SUBMITTED', false, '#improvement-group',"
                                + " '1600000000.000001', current_timestamp, current_timestamp)"));
        int before = h.postsTo("#improvement-group").size();
        h.command("UALPHA", "support 1 reading");
        Eventually.await("posted", () -> h.postsTo("#improvement-group").size() > before);
        Eventually.await(
                "the old message's channel healed",
                () -> h.count("select count(*) from support_requests where channel = '#improvement-group'") == 0);
    }
}
