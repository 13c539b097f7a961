package org.alliancecompact.system;

import static org.alliancecompact.system.RunningSystem.COORDINATOR_USER;
import static org.alliancecompact.system.RunningSystem.HARWOOD_HEAD;
import static org.alliancecompact.system.RunningSystem.SMITHILLS_HEAD;
import static org.alliancecompact.system.RunningSystem.ST_PETERS_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two bot processes on one real PostgreSQL, as a deployment with two instances behind a load balancer
 * runs: a scheduled reminder is sent by one of them only, and an engagement nudge that both instances
 * decide to send at the same moment reaches each person once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoBotsOnPostgresTest {

    static final String TITLE = "Two-instance BLA meeting";

    static EmbeddedPostgres postgres;
    static RunningSystem system;
    static URI secondBot;
    static Instant reminderDue;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try {
            system = new RunningSystem(
                    "two-bots",
                    "bolton",
                    Map.of(),
                    Map.of(
                            "DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                            "DATABASE_USER", "postgres",
                            "DATABASE_PASSWORD", "postgres"));
            secondBot = system.startAnotherBot("bot2");
        } catch (Exception | Error e) {
            stop();
            throw e;
        }

        // Added first so its 1-day reminder comes due (in 20-80 s) while the nudge test runs.
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/London"))
                .plusDays(1)
                .plusSeconds(20 + 60)
                .truncatedTo(ChronoUnit.MINUTES);
        reminderDue = start.toInstant().minus(Duration.ofDays(1));
        system.addMeeting(COORDINATOR_USER, TITLE, start);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (system != null) {
                system.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    @Order(1)
    void aNudgeBothInstancesDecideOnAtOnceReachesEachPersonOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(record(system.botBase, "missed " + today.minusDays(50))).contains("level 0");
        // The second missed meeting puts Harwood on level 1; both instances record and recompute at once.
        CompletableFuture<String> first = recordAsync(system.botBase, "missed " + today.minusDays(20));
        CompletableFuture<String> second = recordAsync(secondBot, "missed " + today.minusDays(20));
        assertThat(first.get()).contains("level 1");
        assertThat(second.get()).contains("level 1");
        // And again, each instance on another signal, so both plan the same level-1 nudge once more.
        CompletableFuture<String> third = recordAsync(system.botBase, "missed " + today.minusDays(10));
        CompletableFuture<String> fourth = recordAsync(secondBot, "missed " + today.minusDays(5));
        third.get();
        fourth.get();

        Await.until("Harwood's level-1 nudge", () -> nudges(HARWOOD_HEAD), n -> n > 0);
        Thread.sleep(3_000);
        assertThat(nudges(HARWOOD_HEAD)).isEqualTo(1);
        System.out.printf(
                "FIGURES two-bots nudge: 4 concurrent recordings over 2 instances, level-1 nudges to Harwood's head: %d%n",
                nudges(HARWOOD_HEAD));
    }

    @Test
    @Order(2)
    void aScheduledReminderIsSentByOneInstanceOnly() throws Exception {
        Await.until(
                "the 1-day reminders",
                Duration.ofSeconds(150),
                () -> List.of(reminders(SMITHILLS_HEAD), reminders(ST_PETERS_HEAD), reminders(HARWOOD_HEAD)),
                counts -> counts.stream().allMatch(n -> n > 0));
        Duration late = Duration.between(reminderDue, Instant.now());
        // Both instances poll every 10 s: one more round would show a second sending.
        Thread.sleep(12_000);
        assertThat(List.of(reminders(SMITHILLS_HEAD), reminders(ST_PETERS_HEAD), reminders(HARWOOD_HEAD)))
                .containsExactly(1, 1, 1);
        String done = "Reminders for meeting ";
        int byFirst = count(system.bot.logText(), done);
        int bySecond = count(system.logOf("bot2"), done);
        assertThat(byFirst + bySecond).as("the reminder job ran once in all").isEqualTo(1);
        System.out.printf(
                "FIGURES two-bots reminder: ran on %s, arrived %d ms after due; reminders per member: 1, 1, 1%n",
                byFirst == 1 ? "instance 1" : "instance 2", late.toMillis());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String record(URI bot, String what) throws Exception {
        return system.firstResponse(system.command(bot, COORDINATOR_USER, "engagement harwood-meadows " + what));
    }

    private static CompletableFuture<String> recordAsync(URI bot, String what) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return record(bot, what);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static int nudges(String user) {
        return (int) system.messagesTo(user).stream()
                .filter(m -> m.startsWith("Engagement: ") && m.contains("level 1"))
                .count();
    }

    private static int reminders(String user) {
        return (int) system.messagesTo(user).stream()
                .filter(m -> m.startsWith("Reminder: " + TITLE))
                .count();
    }
}
