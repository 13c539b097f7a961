package org.alliancecompact.slack.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's daily (and weekly) jobs by a short name, to run now on demand: from {@code /alliance
 * run <job>} and {@code POST /jobs/<job>}. Each runs the same work the scheduler runs at its time,
 * which is idempotent (reminders, chasers and nudges go out once per cause, see
 * {@link org.alliancecompact.slack.store.NudgeLog}), so running a job early never doubles a message;
 * the scheduled run still happens at its time.
 */
public final class DailyJobs {
    private static final Logger log = LoggerFactory.getLogger(DailyJobs.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z", Locale.UK);

    /** One job: its name on demand, the scheduler's task name, when it runs by itself, and what it does. */
    public record Job(String name, String task, String when, String does, Runnable body) {}

    /**
     * What a run did: the job, when it started (the process's clock, the operator clock if set), how many
     * messages it sent (entries added to the sent-message log), how long it took, and the failure, if
     * any, in words fit to show.
     */
    public record Outcome(Job job, Instant at, int messagesSent, Duration took, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    private final List<Job> jobs;
    private final IntSupplier messagesSent;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param messagesSent how many messages the sent-message log holds (read before and after a run)
     */
    public DailyJobs(BotScheduler.Work work, IntSupplier messagesSent, Clock clock, ZoneId zone) {
        this.messagesSent = messagesSent;
        this.clock = clock;
        this.zone = zone;
        this.jobs = List.of(
                new Job(
                        "ladder",
                        BotScheduler.LADDER,
                        "daily at 06:30",
                        "reassesses every organisation on the disengagement ladder and sends the level's nudges",
                        work::recomputeEngagement),
                new Job(
                        "evaluation-chaser",
                        BotScheduler.EVALUATION_CHASERS,
                        "daily at 09:00",
                        "chases support evaluations that are overdue",
                        work::chaseEvaluations),
                new Job(
                        "meeting-reminders",
                        BotScheduler.RSVP_REMINDER,
                        "at each meeting's reminder lead times",
                        "reminds organisations that have not answered a meeting invitation, where a reminder is due",
                        work::sendDueRsvpReminders),
                new Job(
                        "mou-reminders",
                        BotScheduler.MOU_REMINDERS,
                        "daily at 09:15",
                        "reminds heads and chairs who have not signed the current MOU edition",
                        work::remindUnsignedMou),
                new Job(
                        "mou-sign-again",
                        BotScheduler.MOU_EDITION_WATCH,
                        "every minute, for a newly published edition",
                        "asks every head and chair who has not signed a newly published MOU edition to sign it"
                                + " (once per person and edition)",
                        work::askToSignAgainMou),
                new Job(
                        "mou-review",
                        BotScheduler.MOU_REVIEW,
                        "daily at 09:20",
                        "reminds the coordinators that the MOU's review is due, at the profile's lead times",
                        work::remindMouReview),
                new Job(
                        "digest",
                        BotScheduler.DIGEST,
                        "Mondays at 08:00",
                        "sends the coordinators the weekly digest (once per week)",
                        work::sendWeeklyDigest));
    }

    public List<Job> jobs() {
        return jobs;
    }

    /** The job of that name (case-insensitive), if any. */
    public Optional<Job> find(String name) {
        return name == null
                ? Optional.empty()
                : jobs.stream()
                        .filter(j -> j.name().equalsIgnoreCase(name.strip()))
                        .findFirst();
    }

    /** Runs {@code job} now on the calling thread; a failure is caught, logged and returned. */
    public Outcome run(Job job, String requestedBy) {
        Instant at = clock.instant();
        int before = messagesSent.getAsInt();
        long started = System.nanoTime();
        String failure = null;
        log.info("Job {} run on demand by {}", job.name(), requestedBy);
        try {
            job.body().run();
        } catch (RuntimeException e) {
            log.warn("Job {} run on demand failed: {}", job.name(), e.toString());
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Outcome(job, at, messagesSent.getAsInt() - before, took, failure);
    }

    /** One line saying what a run did, such as "Ran ladder at Mon 1 Mar 2027 09:00 GMT: 2 messages sent (0.3 s)." */
    public String describe(Outcome o) {
        String head = "Ran " + o.job().name() + " at " + SHOWN.format(o.at().atZone(zone));
        String took = String.format(Locale.UK, "%.1f s", o.took().toMillis() / 1000.0);
        if (!o.ok()) {
            return head + ", but it failed after " + took + ": " + o.failure() + " (" + o.messagesSent()
                    + " sent before that; the scheduled run will try again).";
        }
        return head + ": " + o.messagesSent() + (o.messagesSent() == 1 ? " message" : " messages") + " sent (" + took
                + ").";
    }

    /** The list of jobs, one line each, for a usage message. */
    public String list() {
        StringBuilder b = new StringBuilder();
        for (Job j : jobs) {
            b.append("• ")
                    .append(j.name())
                    .append(" (")
                    .append(j.when())
                    .append("): ")
                    .append(j.does())
                    .append('\n');
        }
        return b.toString().stripTrailing();
    }
}
