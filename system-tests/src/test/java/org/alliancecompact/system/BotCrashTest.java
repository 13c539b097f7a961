package org.alliancecompact.system;

import static org.alliancecompact.system.RunningSystem.COORDINATOR_USER;
import static org.alliancecompact.system.RunningSystem.HARWOOD_HEAD;
import static org.alliancecompact.system.RunningSystem.SMITHILLS_HEAD;
import static org.alliancecompact.system.RunningSystem.ST_PETERS_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bot killed hard (SIGKILL: no shutdown hook, nothing flushed) between scheduling a reminder and
 * sending it, then restarted on the same H2 file: what it had stored is still there, and the reminder
 * goes out once, from the restarted process.
 */
class BotCrashTest {

    static final String TITLE = "Crash-test BLA meeting";

    static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem("crash", "bolton", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aReminderScheduledBeforeAHardKillIsSentExactlyOnceAfterTheRestartAndStoredWorkSurvives() throws Exception {
        int request = system.fileRequest(ST_PETERS_HEAD, "1 Early reading");

        // Bolton reminds non-responders 1 day ahead: a meeting 1 day and 30-90 s away makes that
        // reminder due in 30-90 s, after the kill and restart below (about 6 s).
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/London"))
                .plusDays(1)
                .plusSeconds(30 + 60)
                .truncatedTo(ChronoUnit.MINUTES);
        Instant due = start.toInstant().minus(Duration.ofDays(1));
        system.addMeeting(COORDINATOR_USER, TITLE, start);
        String invitation = Await.until(
                "Smithills' invitation",
                () -> String.join("\n", system.messagesTo(SMITHILLS_HEAD)),
                m -> m.contains("Invitation: " + TITLE));
        Matcher id = Pattern.compile("rsvp_(\\d+)").matcher(invitation);
        assertThat(id.find()).as(invitation).isTrue();
        // Smithills answers, so only the other two are reminded.
        assertThat(system.firstResponse(system.press(SMITHILLS_HEAD, "rsvp:attend", id.group(1))))
                .contains("Recorded");

        Instant killed = Instant.now();
        assertThat(killed).as("the reminder must still be ahead at the kill").isBefore(due);
        system.bot.kill();
        assertThat(system.bot.isAlive()).isFalse();
        system.startBot();
        Duration restart = Duration.between(killed, Instant.now());

        Await.until(
                "the 1-day reminders",
                Duration.ofSeconds(170),
                () -> List.of(reminders(ST_PETERS_HEAD), reminders(HARWOOD_HEAD)),
                counts -> counts.get(0) > 0 && counts.get(1) > 0);
        Duration late = Duration.between(due, Instant.now());
        // db-scheduler polls every 10 s: one more poll would show a second sending.
        Thread.sleep(12_000);
        assertThat(reminders(ST_PETERS_HEAD)).isEqualTo(1);
        assertThat(reminders(HARWOOD_HEAD)).isEqualTo(1);
        assertThat(reminders(SMITHILLS_HEAD)).isZero();
        assertThat(system.bot.logText()).contains("Reminders for meeting " + id.group(1));

        String requests = system.firstResponse(system.command(ST_PETERS_HEAD, "requests"));
        assertThat(requests).contains("#" + request).contains("Early reading");

        System.out.printf(
                "FIGURES bot-crash: SIGKILL to healthy again %d ms; reminder due %s after the kill, arrived %d ms"
                        + " after due; reminders sent: St Peter's %d, Harwood %d, Smithills (answered) %d%n",
                restart.toMillis(),
                Duration.between(killed, due).toSeconds() + " s",
                late.toMillis(),
                reminders(ST_PETERS_HEAD),
                reminders(HARWOOD_HEAD),
                reminders(SMITHILLS_HEAD));
    }

    private static int reminders(String user) {
        return (int) system.messagesTo(user).stream()
                .filter(m -> m.startsWith("Reminder: " + TITLE))
                .count();
    }
}
