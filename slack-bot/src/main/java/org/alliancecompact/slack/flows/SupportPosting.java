package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.alliancecompact.slack.schedule.BotScheduler;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.slackapi.SlackMessenger;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posting a request to the improvement group's channel, where its coordinators take it up: the first post, the
 * scheduler's retries of a post Slack refused, and the coordinators' alert that a request is not in the channel and
 * why, so a request never waits unseen.
 */
final class SupportPosting {
    private static final Logger log = LoggerFactory.getLogger(SupportPosting.class);
    private final Services s;
    private final SupportMessage messages;
    /** Requests just filed whose first channel post is under way (the scheduler's retry leaves them be). */
    private final Set<String> beingPosted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SupportPosting(Services s, SupportMessage messages) {
        this.s = s;
        this.messages = messages;
    }

    /** Marks a request just filed whose first post is under way, so the scheduler's retry leaves it be. */
    void posting(String id) {
        beingPosted.add(id);
    }

    /** The filing's own post of {@code id} is over, posted or not. */
    void posted(String id) {
        beingPosted.remove(id);
    }

    /** Posts (or re-posts, when an earlier post failed) the request's message to the group's channel. */
    void postToGroup(String id) {
        SupportStore.Stored st = s.support.find(id).orElseThrow();
        if (st.threadTs() != null) {
            return;
        }
        String configured = s.config.supportChannel();
        SlackMessenger.Posted posted = s.slack.postKeepingPlace(configured, messages.summary(st), messages.message(st));
        // The ID Slack answered, never the configured name: chat.update takes IDs only.
        s.support.setMessage(id, posted.channel(), posted.ts());
        if (!posted.channel().equals(configured)) {
            // messages stored with the name before this was so are healed the next time one is posted
            s.support.replaceChannel(configured, posted.channel());
        }
    }

    /**
     * Posts the request to the group's channel. When Slack refuses (the bot not in the channel, the
     * channel archived or missing, Slack unreachable), the request stays stored for the scheduler to
     * post, and each coordinator is told once for that request why it is not in the channel, so a
     * request never waits unseen. True when it was posted.
     */
    boolean postToGroupOrAlert(String id) {
        try {
            postToGroup(id);
            return true;
        } catch (SlackCallFailed e) {
            log.warn("Support request {} not posted to {}: {}", id, s.config.supportChannel(), e.error());
            alertCoordinators(id, e.error());
            return false;
        }
    }

    /** "every minute", "every 5 minutes": how often the scheduler retries, in the alert's words. */
    static String every(Duration interval) {
        long minutes = Math.max(1, interval.toMinutes());
        return minutes == 1 ? BotText.get("support.every.one") : BotText.get("support.every.many", minutes);
    }

    private void alertCoordinators(String id, String error) {
        String text = BotText.get(
                "support.alert.notPosted",
                id,
                esc(s.config.supportChannel()),
                esc(error),
                whatToDo(error),
                every(BotScheduler.RETRY_INTERVAL));
        List<String> coordinators;
        try {
            coordinators = s.directory.coordinators();
        } catch (RuntimeException e) {
            log.warn("Could not find the coordinators to tell that request {} is not posted: {}", id, e.getMessage());
            return;
        }
        for (String coordinator : coordinators) {
            try {
                s.nudges.sendOnce(
                        "support-post-failed:" + id + ":" + coordinator,
                        coordinator,
                        s.now(),
                        () -> s.slack.post(coordinator, text, List.of(Ui.text(text))));
            } catch (RuntimeException e) {
                log.warn(
                        "Could not tell coordinator {} that request {} is not posted: {}",
                        coordinator,
                        id,
                        e.getMessage());
            }
        }
    }

    /** What a coordinator can do about Slack's refusal to post in the group's channel. */
    static String whatToDo(String error) {
        return switch (error) {
            case "not_in_channel" -> BotText.get("support.alert.notInChannel");
            case "channel_not_found" -> BotText.get("support.alert.channelNotFound");
            case "is_archived" -> BotText.get("support.alert.archived");
            default -> BotText.get("support.alert.other");
        };
    }

    /**
     * Requests whose channel post failed earlier are posted by the scheduler, except those whose filing
     * is still posting them: a request stored while Confluence was slow is posted by its filing a moment
     * later, and posting it here as well would show it twice.
     */
    void postPending() {
        for (SupportStore.Stored st : s.support.unpostedOpen()) {
            if (!beingPosted.contains(st.request().id())) {
                postToGroupOrAlert(st.request().id());
            }
        }
    }
}
