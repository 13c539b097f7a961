package org.alliancecompact.slack.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.slack.Bot;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.store.MeetingStore;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * RSVP reminders on db-scheduler: a reminder scheduled by one bot instance that stops before it is
 * due is sent by the next instance; with two instances on one PostgreSQL each is sent exactly once.
 */
class ReminderSchedulingTest {
    private static final Duration DAY = Duration.ofDays(1);

    private static Meeting meeting(BotHarness h, String title, Instant startsAt) {
        return new MeetingStore(h.bot.database().jdbi())
                .insert(
                        new Meeting("new", MeetingKind.ALLIANCE_MEETING, title, startsAt, "Town Hall", null, false),
                        "UCOORD",
                        h.clock.instant());
    }

    private static long reminders(BotHarness h, String user) {
        return h.postsTo(user).stream()
                .filter(p -> p.get("text").startsWith("Reminder:"))
                .count();
    }

    private static int pendingReminders(BotHarness h) {
        return h.count("select count(*) from scheduled_tasks where task_name = 'rsvp-reminder'");
    }

    @Test
    void a_reminder_scheduled_before_a_restart_is_sent_after_it_once_and_only_to_non_responders() {
        try (BotHarness h = new BotHarness("bolton").start("bot-before-restart")) {
            Instant startsAt = h.clock.instant().plus(DAY).plusSeconds(60);
            Meeting m = meeting(h, "Restart meeting", startsAt);
            new MeetingStore(h.bot.database().jdbi())
                    .answer(
                            new Rsvp(m.id(), "alpha-school", RsvpChoice.ATTENDING, null, null, h.clock.instant()),
                            "UALPHA",
                            m);
            assertThat(h.bot.scheduler()
                            .scheduleReminder(m.id(), DAY, Instant.now().plusSeconds(2)))
                    .isTrue();
            // scheduling again (as start-up healing does) never doubles it
            assertThat(h.bot.scheduler()
                            .scheduleReminder(m.id(), DAY, Instant.now().plusSeconds(2)))
                    .isFalse();
            h.stopBot(); // stops before the reminder is due

            h.clock.set(startsAt.minus(DAY).plusSeconds(1));
            h.start("bot-after-restart");
            Eventually.await("reminder sent by the restarted bot", () -> reminders(h, "UBETA") == 1);
            Eventually.await("job done", () -> pendingReminders(h) == 0);
            assertThat(reminders(h, "UBETA")).isEqualTo(1);
            assertThat(reminders(h, "UALPHA")).isZero(); // Alpha answered
            assertThat(h.postsTo("UBETA").stream()
                            .filter(p -> p.get("text").startsWith("Reminder:"))
                            .findFirst()
                            .orElseThrow()
                            .get("blocks"))
                    .contains("rsvp:attend");
        }
    }

    @Test
    void two_instances_on_one_database_send_each_reminder_exactly_once() {
        try (BotHarness h = new BotHarness("bolton").start("instance-a");
                Bot second = Bot.start(
                        BotConfig.from(h.settings),
                        h.profile,
                        new Bot.Options(h.schema, "instance-b", Duration.ofMillis(200), h.clock))) {
            Instant startsAt = h.clock.instant().plus(DAY).plusSeconds(60);
            h.clock.set(startsAt.minus(DAY).plusSeconds(30)); // every reminder below is due
            for (int i = 1; i <= 6; i++) {
                Meeting m = meeting(h, "Meeting " + i, startsAt.plusSeconds(i));
                // half scheduled through each instance, all due at once
                BotScheduler via = i % 2 == 0 ? second.scheduler() : h.bot.scheduler();
                via.scheduleReminder(m.id(), DAY, Instant.now().plusMillis(500));
            }
            Eventually.await("all reminder jobs done", () -> pendingReminders(h) == 0);
            Eventually.await("reminders sent", () -> reminders(h, "UBETA") == 6);
            assertThat(reminders(h, "UBETA")).isEqualTo(6);
            assertThat(reminders(h, "UALPHA")).isEqualTo(6);
            // one key per organisation, meeting and lead time (the 7-day one was due too and is covered)
            assertThat(h.count("select count(*) from nudges_sent where dedupe_key like 'rsvp-reminder:%:PT24H:%'"))
                    .isEqualTo(12);
        }
    }

    @Test
    void after_downtime_two_due_lead_times_give_one_reminder() {
        try (BotHarness h = new BotHarness("bolton").start("after-downtime")) {
            Instant startsAt = h.clock.instant().plus(Duration.ofHours(12));
            Meeting m = meeting(h, "Soon meeting", startsAt); // both the 7-day and the 1-day reminders are due
            h.bot.scheduler().scheduleReminder(m.id(), Duration.ofDays(7), Instant.now());
            h.bot.scheduler().scheduleReminder(m.id(), DAY, Instant.now());
            Eventually.await("jobs done", () -> pendingReminders(h) == 0);
            assertThat(reminders(h, "UBETA")).isEqualTo(1);
            assertThat(reminders(h, "UALPHA")).isEqualTo(1);
        }
    }
}
