package org.alliancecompact.slack.flows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.confluence.OutboxSender;
import org.alliancecompact.slack.confluence.PluginClient;
import org.alliancecompact.slack.confluence.PluginRefused;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.slackapi.SlackMessenger;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.store.EventDelivery;
import org.alliancecompact.slack.store.MeetingStore;
import org.alliancecompact.slack.store.NudgeLog;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every flow needs, built once at start-up. */
public final class Services {
    private static final Logger log = LoggerFactory.getLogger(Services.class);

    /** Schedules reminders; the scheduler exists only after the flows it calls back. */
    public interface ReminderPlanner {
        void schedule(String meetingId, Duration lead, Instant at);
    }

    final BotConfig config;
    final AllianceProfile profile;
    final Clock clock;
    final SlackMessenger slack;
    final PluginClient plugin;
    final OutboxSender outboxSender;
    final Directory directory;
    final MeetingStore meetings;
    final SupportStore support;
    final EngagementStore engagement;
    final NudgeLog nudges;
    final ExecutorService executor;
    final ReminderPlanner reminders;

    public Services(
            BotConfig config,
            AllianceProfile profile,
            Clock clock,
            SlackMessenger slack,
            PluginClient plugin,
            OutboxSender outboxSender,
            MeetingStore meetings,
            SupportStore support,
            EngagementStore engagement,
            NudgeLog nudges,
            ExecutorService executor,
            ReminderPlanner reminders) {
        this.config = config;
        this.profile = profile;
        this.clock = clock;
        this.slack = slack;
        this.plugin = plugin;
        this.outboxSender = outboxSender;
        this.directory = new Directory(slack, plugin, config, profile, clock);
        this.meetings = meetings;
        this.support = support;
        this.engagement = engagement;
        this.nudges = nudges;
        this.executor = executor;
        this.reminders = reminders;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Runs {@code work} after the acknowledgement. Work handed over by an event's listeners runs for the
     * event's first delivery only (Slack's redeliveries are acknowledged and dropped). Whatever goes
     * wrong is answered to the person in words they can act on; nothing is thrown away silently.
     */
    void later(Reply reply, Runnable work) {
        Runnable once = EventDelivery.onlyOnce(work);
        executor.execute(() -> run(reply, once));
    }

    void run(Reply reply, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // messages are plain text and may quote what was typed: shown literally in mrkdwn
            answerFailure(reply, e, (r, text) -> r.text(Ui.esc(text)));
        }
    }

    static void answerFailure(Reply reply, RuntimeException e, BiConsumer<Reply, String> say) {
        String text;
        if (e instanceof NotRecognised
                || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException
                || e instanceof PluginRefused) {
            text = e.getMessage();
        } else if (e instanceof PluginUnavailable) {
            log.warn("Confluence unreachable: {}", e.getMessage());
            text = BotText.get("bot.confluenceUnreachable");
        } else if (e instanceof SlackCallFailed) {
            log.warn("{}", e.getMessage());
            text = BotText.get("bot.slackRefused", ((SlackCallFailed) e).error());
        } else {
            log.error("Unexpected failure", e);
            text = BotText.get("bot.failed");
        }
        try {
            say.accept(reply, text);
        } catch (RuntimeException again) {
            log.warn("Could not tell the person about a failure: {}", again.getMessage());
        }
    }

    /** Pushes queued for the plugin are tried at once; the scheduler retries the rest. */
    void flushOutbox() {
        executor.execute(() -> {
            try {
                outboxSender.deliverDue();
            } catch (RuntimeException e) {
                log.warn("Outbox delivery failed: {}", e.getMessage());
            }
        });
    }
}
