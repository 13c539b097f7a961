package org.alliancecompact.bench.slack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.slack.Bot;
import org.alliancecompact.slack.config.BotConfig;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The real bot as it runs in production: HTTP mode on 127.0.0.1 (Jetty, our signature filter, Bolt),
 * PostgreSQL (embedded, started here) with its Flyway migrations, its scheduler, and Slack's Web API
 * at the local stand-in.
 */
public final class RunningBot implements AutoCloseable {
    /** What {@code Bot} names the threads of its pool for work after the ack. */
    private static final String FOLLOW_UP_THREAD = "bot-work";

    private final EmbeddedPostgres postgres;
    private final Bot bot;

    private RunningBot(EmbeddedPostgres postgres, Bot bot) {
        this.postgres = postgres;
        this.bot = bot;
    }

    /** @param confluence the plugin's base URL (the preview server), or an address nothing answers on */
    public static RunningBot start(String signingSecret, String botToken, URI slackApi, URI confluence)
            throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try {
            Map<String, String> settings = new HashMap<>();
            settings.put("SLACK_BOT_TOKEN", botToken);
            settings.put("SLACK_SIGNING_SECRET", signingSecret);
            settings.put("SLACK_API_URL", slackApi.toString());
            settings.put("CONFLUENCE_URL", confluence.toString());
            settings.put("CONFLUENCE_TOKEN", "compact-bot-local-token");
            settings.put("DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"));
            settings.put("DATABASE_USER", "postgres");
            settings.put("DATABASE_PASSWORD", "postgres");
            settings.put("PORT", "0");
            settings.put("BIND_ADDRESS", "127.0.0.1");
            settings.put("ALLIANCE_PROFILE", "bolton");
            BotConfig config = BotConfig.from(settings);
            Bot bot = Bot.start(
                    config,
                    new ProfileLoader().loadBundled("bolton"),
                    new Bot.Options(null, "bench-bot", Duration.ofSeconds(10), Clock.systemUTC()));
            return new RunningBot(postgres, bot);
        } catch (Exception | Error e) {
            postgres.close();
            throw e;
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + bot.port() + "/slack/events");
    }

    /** Rows in the bot's log of handled events: one per event request it acknowledged. */
    public long eventsLogged() {
        return bot.database()
                .jdbi()
                .withHandle(h -> h.createQuery("select count(*) from processed_events")
                        .mapTo(Long.class)
                        .one());
    }

    /**
     * Stores {@code count} meetings of the alliance starting at {@code startsAt}, in one transaction,
     * the way the bot's own store writes them, and returns their numbers (what {@code /alliance rsvp}
     * takes). Written straight to the table so no invitations or reminders are sent.
     */
    public List<String> seedMeetings(int count, Instant startsAt) {
        return bot.database().jdbi().inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("insert into meetings"
                    + " (kind, title, starts_at, place, link, confidential, created_by, created_at)"
                    + " values (:kind, :title, :startsAt, :place, null, false, :by, :now)");
            Instant now = Instant.now();
            for (int i = 1; i <= count; i++) {
                batch.bind("kind", MeetingKind.ALLIANCE_MEETING.name())
                        .bind("title", "Alliance meeting " + i)
                        .bind("startsAt", startsAt)
                        .bind("place", "Bolton Town Hall")
                        .bind("by", "U0BENCHCOORD")
                        .bind("now", now)
                        .add();
            }
            return batch.executePreparedBatch("id").mapTo(Long.class).stream()
                    .map(Object::toString)
                    .toList();
        });
    }

    /** Answers "attending" stored in the bot's database, one row per organisation and meeting. */
    public long attendingAnswersStored() {
        return bot.database()
                .jdbi()
                .withHandle(h -> h.createQuery("select count(*) from rsvps where choice = :choice")
                        .bind("choice", RsvpChoice.ATTENDING.name())
                        .mapTo(Long.class)
                        .one());
    }

    /**
     * CPU time the bot's follow-up workers ({@code Bot}'s "bot-work" pool: what runs after the ack) have
     * used so far, in nanoseconds.
     */
    public long followUpCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().equals(FOLLOW_UP_THREAD)) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }

    /** No work left from acknowledged requests (the follow-ups run after the ack). */
    public boolean idle() {
        return bot.idle();
    }

    @Override
    public void close() throws Exception {
        try {
            bot.close();
        } finally {
            postgres.close();
        }
    }
}
