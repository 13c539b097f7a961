package org.alliancecompact.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.time.OperatorClock;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.confluence.OutboxSender;
import org.alliancecompact.slack.confluence.PluginClient;
import org.alliancecompact.slack.confluence.PluginHttp;
import org.alliancecompact.slack.flows.BotApp;
import org.alliancecompact.slack.flows.Services;
import org.alliancecompact.slack.http.BotHttpServer;
import org.alliancecompact.slack.http.DuplicateEventMiddleware;
import org.alliancecompact.slack.http.HealthCheck;
import org.alliancecompact.slack.http.JobsEndpoint;
import org.alliancecompact.slack.http.ReplayGuard;
import org.alliancecompact.slack.http.SlackSignature;
import org.alliancecompact.slack.http.SocketModeHealth;
import org.alliancecompact.slack.schedule.BotScheduler;
import org.alliancecompact.slack.slackapi.ResponseUrlSender;
import org.alliancecompact.slack.slackapi.SlackApi;
import org.alliancecompact.slack.slackapi.SlackMessenger;
import org.alliancecompact.slack.store.Database;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.store.EventLog;
import org.alliancecompact.slack.store.MeetingStore;
import org.alliancecompact.slack.store.NudgeLog;
import org.alliancecompact.slack.store.Outbox;
import org.alliancecompact.slack.store.SeenSignatures;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.store.ViewSubmissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running bot: database, Bolt app with its listeners, scheduler, and HTTP or Socket Mode. */
public final class Bot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    /**
     * How to run beyond the configuration: tests and the console vary these. {@code operatorClock},
     * when not null, is the operator clock the process runs on (then {@code clock} is its clock): it is
     * shown in {@code /healthz} and drives db-scheduler, so the daily jobs follow it. Without it the
     * scheduler keeps real time even when a test moves {@code clock}. {@code operatorToken}, when not
     * null, turns on {@code POST /jobs/*}.
     */
    public record Options(
            String databaseSchema,
            String instanceName,
            Duration pollingInterval,
            Clock clock,
            OperatorClock operatorClock,
            String operatorToken) {
        public Options(String databaseSchema, String instanceName, Duration pollingInterval, Clock clock) {
            this(databaseSchema, instanceName, pollingInterval, clock, null, null);
        }

        public static Options defaults() {
            return new Options(null, "bot-" + ProcessHandle.current().pid(), Duration.ofSeconds(10), Clock.systemUTC());
        }

        /** These options on the operator clock, with the operator token (null: no jobs endpoint). */
        public Options withOperator(OperatorClock operatorClock, String operatorToken) {
            return new Options(
                    databaseSchema, instanceName, pollingInterval, operatorClock.clock(), operatorClock, operatorToken);
        }
    }

    private final Database db;
    private final ExecutorService executor;
    private final BotScheduler scheduler;
    private final BotHttpServer http;
    private final SocketModeApp socketMode;
    private final BotApp flows;

    private Bot(
            Database db,
            ExecutorService executor,
            BotScheduler scheduler,
            BotHttpServer http,
            SocketModeApp socketMode,
            BotApp flows) {
        this.db = db;
        this.executor = executor;
        this.scheduler = scheduler;
        this.http = http;
        this.socketMode = socketMode;
        this.flows = flows;
    }

    public static ObjectMapper json() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public static Bot start(BotConfig config, AllianceProfile profile, Options options) {
        Database db = Database.open(
                config.databaseUrl(), config.databaseUser(), config.databasePassword(), options.databaseSchema());
        try {
            return start(config, profile, options, db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Bot start(BotConfig config, AllianceProfile profile, Options options, Database db) {
        Clock clock = options.clock();
        Slack slack = SlackApi.slackFor(config.slackApiUrl());
        SlackMessenger messenger =
                new SlackMessenger(SlackApi.of(slack, config.slackBotToken()), new ResponseUrlSender(slack));
        Outbox outbox = new Outbox(db.jdbi());
        PluginHttp pluginHttp = new PluginHttp(config.confluenceUrl(), config.confluenceToken(), json());
        PluginClient plugin = new PluginClient(pluginHttp, outbox, clock);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bot-work");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<BotScheduler> schedulerRef = new AtomicReference<>();
        Services services = new Services(
                config,
                profile,
                clock,
                messenger,
                plugin,
                new OutboxSender(outbox, pluginHttp, clock),
                new MeetingStore(db.jdbi()),
                new SupportStore(db.jdbi()),
                new EngagementStore(db.jdbi()),
                new NudgeLog(db.jdbi()),
                executor,
                (meetingId, lead, at) -> schedulerRef.get().scheduleReminder(meetingId, lead, at));
        BotApp flows = new BotApp(services, new ViewSubmissions(db.jdbi()));

        AppConfig appConfig = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(config.slackBotToken())
                .signingSecret(config.slackSigningSecret())
                // our SignatureFilter checks HTTP requests; Socket Mode has no signatures
                .requestVerificationEnabled(config.mode() != BotConfig.Mode.SOCKET)
                .build();
        App app = new App(appConfig);
        app.use(new DuplicateEventMiddleware(new EventLog(db.jdbi()), clock));
        flows.register(app);

        OperatorClock operatorClock = options.operatorClock() != null
                ? options.operatorClock()
                : OperatorClock.real(Clock.systemUTC(), profile.timeZone());
        BotScheduler scheduler = new BotScheduler(
                db.dataSource(),
                flows,
                profile.timeZone(),
                options.instanceName(),
                options.pollingInterval(),
                operatorClock.clock());
        schedulerRef.set(scheduler);
        scheduler.start();
        flows.heal();

        BotHttpServer http = null;
        SocketModeApp socket = null;
        HealthCheck database = () -> db.isHealthy() ? Optional.empty() : Optional.of("database unavailable");
        if (config.mode() == BotConfig.Mode.SOCKET) {
            SocketModeHealth connection = new SocketModeHealth();
            try {
                socket = new SocketModeApp(
                        () -> {
                            try {
                                return connection.watch(slack.socketMode(
                                        config.slackAppToken(), SocketModeClient.Backend.JavaWebSocket));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        },
                        app);
                socket.startAsync();
            } catch (Exception e) {
                scheduler.close();
                throw new IllegalStateException("cannot connect to Slack in Socket Mode: " + e.getMessage(), e);
            }
            http = new BotHttpServer(
                    null, null, HealthCheck.all(List.of(database, connection)), config.bindAddress(), config.port());
        } else {
            // Signatures are judged by the real clock even when tests move the flows' clock; a replayed
            // signed request is acted on once across the instances sharing the database.
            http = new BotHttpServer(
                    app,
                    new SlackSignature(config.slackSigningSecret(), Clock.systemUTC()),
                    new ReplayGuard(SlackSignature.WINDOW, Clock.systemUTC(), new SeenSignatures(db.jdbi())),
                    database,
                    config.bindAddress(),
                    config.port());
        }
        JobsEndpoint jobs = options.operatorToken() == null
                ? null
                : new JobsEndpoint(flows.jobs(), operatorClock, options.operatorToken());
        http.operator(operatorClock, jobs).start();
        log.info("Alliance bot for {} started ({} mode, port {})", profile.name(), config.mode(), http.port());
        if (operatorClock.active()) {
            log.warn("{}", operatorClock.notice());
        }
        return new Bot(db, executor, scheduler, http, socket, flows);
    }

    /** No work left from acknowledged requests (the console waits for this before its next prompt). */
    public boolean idle() {
        java.util.concurrent.ThreadPoolExecutor pool = (java.util.concurrent.ThreadPoolExecutor) executor;
        return pool.getActiveCount() == 0 && pool.getQueue().isEmpty() && flows.idle();
    }

    public int port() {
        return http.port();
    }

    public BotApp flows() {
        return flows;
    }

    public BotScheduler scheduler() {
        return scheduler;
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        if (socketMode != null) {
            try {
                socketMode.stop();
            } catch (Exception e) {
                log.warn("Socket Mode did not stop cleanly: {}", e.getMessage());
            }
        }
        http.close();
        flows.close();
        scheduler.close();
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}
