package org.alliancecompact.slack.flows;

import java.util.Optional;
import org.alliancecompact.slack.schedule.DailyJobs;
import org.alliancecompact.slack.text.BotText;

/**
 * {@code /alliance run <job>}: a coordinator runs one of the scheduler's daily jobs now (to catch up
 * after fixing data, or to walk through the alliance's day at another date with the operator clock)
 * and is told, ephemerally, what it did. Anyone else gets a plain refusal; no job, or a name that is
 * not a job, lists the jobs.
 */
final class JobsCommand {
    private final Services s;
    private final DailyJobs jobs;

    JobsCommand(Services s, DailyJobs jobs) {
        this.s = s;
        this.jobs = jobs;
    }

    /**
     * Handles the words after {@code /alliance} ({@code words[0]} is "run"); the caller is looked up and
     * the job run after the acknowledgement.
     */
    void handle(String[] words, String user, Reply reply) {
        String name = words.length == 2 ? words[1] : null;
        s.later(reply, () -> {
            Caller c = s.directory.who(user);
            if (!c.coordinator()) {
                reply.text(BotText.get("jobs.onlyCoordinators"));
                return;
            }
            Optional<DailyJobs.Job> job = jobs.find(name);
            if (job.isEmpty()) {
                String opening = name == null && words.length == 1
                        ? BotText.get("jobs.name")
                        : BotText.get(
                                "jobs.unknown",
                                Ui.esc(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length))));
                reply.text(BotText.get("jobs.list", opening, Ui.esc(jobs.list())));
                return;
            }
            DailyJobs.Outcome outcome = jobs.run(job.get(), c.email());
            reply.text(Ui.esc(jobs.describe(outcome)));
        });
    }
}
