package org.alliancecompact.slack.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * db-scheduler on the bot's own database. Jobs live in the {@code scheduled_tasks} table, so a job
 * scheduled before a restart runs after it, and with several bot instances on one database each job
 * is picked by exactly one of them (row locking). Every job's work is itself idempotent (see
 * {@link org.alliancecompact.slack.store.NudgeLog}), which covers the one gap the scheduler leaves:
 * an instance dying after sending but before recording completion.
 */
public final class BotScheduler implements AutoCloseable {

    /** What the scheduled jobs do; implemented by the flows. */
    public interface Work {
        void sendRsvpReminder(String meetingId, Duration lead);

        void recomputeEngagement();

        void chaseEvaluations();

        void sendWeeklyDigest();

        void remindUnsignedMou();

        /** Every minute: asks signatories to sign again when a new MOU edition has been published. */
        void watchMouEdition();

        /** The full pass of that ask, whatever the bot asked before (run on demand; see {@link DailyJobs}). */
        void askToSignAgainMou();

        /** Daily: reminds the coordinators that the MOU's review is due, at the profile's lead times. */
        void remindMouReview();

        void retryPluginPushes();

        /** Every RSVP reminder due now, for all meetings to come (run on demand; see {@link DailyJobs}). */
        void sendDueRsvpReminders();
    }

    /** Data of one reminder job (JSON in the table). */
    public record Reminder(String meetingId, String lead) {}

    public static final String RSVP_REMINDER = "rsvp-reminder";
    public static final String LADDER = "engagement-daily";
    public static final String EVALUATION_CHASERS = "evaluation-chasers";
    public static final String MOU_REMINDERS = "mou-review-reminders";
    public static final String DIGEST = "weekly-digest";
    public static final String MOU_EDITION_WATCH = "mou-edition-watch";
    public static final String MOU_REVIEW = "mou-review-due";
    /** How often the bot looks for a newly published MOU edition (one small read of the current edition). */
    public static final Duration MOU_WATCH_INTERVAL = Duration.ofMinutes(1);
    /** How often pushes still owed to Confluence, and support requests Slack would not post, are retried. */
    public static final Duration RETRY_INTERVAL = Duration.ofMinutes(1);

    private final OneTimeTask<Reminder> reminderTask;
    private final Scheduler scheduler;

    /**
     * @param clock what db-scheduler reads for "now": when due, next runs, heartbeats. The bot passes
     *     the operator clock, so the daily jobs follow it; every instance on one database must read the
     *     same clock, or one would find the others' heartbeats stale.
     */
    public BotScheduler(
            DataSource dataSource,
            Work work,
            ZoneId zone,
            String instanceName,
            Duration pollingInterval,
            java.time.Clock clock) {
        reminderTask = Tasks.oneTime(RSVP_REMINDER, Reminder.class)
                .execute((instance, ctx) -> work.sendRsvpReminder(
                        instance.getData().meetingId(),
                        Duration.parse(instance.getData().lead())));
        List<RecurringTask<?>> recurring = new ArrayList<>();
        recurring.add(recurring("plugin-push-retry", Schedules.fixedDelay(RETRY_INTERVAL), work::retryPluginPushes));
        recurring.add(recurring(LADDER, Schedules.daily(zone, LocalTime.of(6, 30)), work::recomputeEngagement));
        recurring.add(recurring(EVALUATION_CHASERS, Schedules.daily(zone, LocalTime.of(9, 0)), work::chaseEvaluations));
        recurring.add(recurring(MOU_REMINDERS, Schedules.daily(zone, LocalTime.of(9, 15)), work::remindUnsignedMou));
        recurring.add(recurring(MOU_EDITION_WATCH, Schedules.fixedDelay(MOU_WATCH_INTERVAL), work::watchMouEdition));
        recurring.add(recurring(MOU_REVIEW, Schedules.daily(zone, LocalTime.of(9, 20)), work::remindMouReview));
        recurring.add(recurring(DIGEST, Schedules.cron("0 0 8 * * MON", zone), work::sendWeeklyDigest));
        // startTasks registers the recurring tasks itself; create() gets the one-time task only
        scheduler = Scheduler.create(dataSource, List.<Task<?>>of(reminderTask))
                .startTasks(recurring)
                .serializer(new JacksonSerializer())
                .alwaysPersistTimestampInUTC()
                .schedulerName(new SchedulerName.Fixed(instanceName))
                .pollingInterval(pollingInterval)
                .clock(clock::instant)
                .threads(4)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    private static RecurringTask<Void> recurring(String name, Schedule schedule, Runnable body) {
        return Tasks.recurring(name, schedule).execute((instance, ctx) -> body.run());
    }

    public BotScheduler start() {
        scheduler.start();
        return this;
    }

    /**
     * Schedules a reminder unless one is already scheduled for the same meeting and lead time, so
     * calling it again (say on start-up, to heal a crash between storing a meeting and scheduling)
     * never doubles it.
     */
    public boolean scheduleReminder(String meetingId, Duration lead, Instant at) {
        String id = meetingId + ":" + lead;
        return scheduler.scheduleIfNotExists(reminderTask.instance(id, new Reminder(meetingId, lead.toString())), at);
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
