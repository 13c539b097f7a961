package org.alliancecompact.confluence.preview;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.alliancecompact.confluence.permission.Access;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.permission.CallerSource;
import org.alliancecompact.confluence.preview.ao.EmbeddedActiveObjects;
import org.alliancecompact.confluence.rest.ErrorMappers;
import org.alliancecompact.confluence.service.MemberService;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.service.ProfileSource;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.demo.DemoAlliance;
import org.alliancecompact.model.profile.DataFolderProfile;
import org.alliancecompact.model.time.OperatorClock;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin outside Confluence: its REST API under {@code /rest/compact/1.0} and a page per macro, on
 * 127.0.0.1 only, storing through Active Objects in H2 (a file under ./data/preview unless configured). Run with {@code mvn -q -pl confluence-plugin exec:java} (see README).
 */
public final class PreviewServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewServer.class);

    /**
     * How much of a request body left unread (one refused with 413 by {@code RequestGate}) the JDK's server
     * reads and throws away before closing the connection: 2 MiB, as Tomcat's {@code maxSwallowSize} under
     * Confluence (https://tomcat.apache.org/tomcat-9.0-doc/config/http.html). At the JDK's default, 64 KiB,
     * a body just over the limit was left partly unread and the close could reset the connection before the
     * caller had read the 413 (seen once in CI: "fixed content-length: 106, bytes received: 0").
     */
    static final long DRAIN_BYTES = 2L * 1024 * 1024;

    static {
        // read by the JDK's server once, when it is first used; an operator's own setting stands
        if (System.getProperty("sun.net.httpserver.drainAmount") == null) {
            System.setProperty("sun.net.httpserver.drainAmount", Long.toString(DRAIN_BYTES));
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final CompactApp app;
    private final PreviewCallerSource callers;
    private final JdbcConnectionPool connections;

    private PreviewServer(
            HttpServer http,
            ExecutorService executor,
            CompactApp app,
            PreviewCallerSource callers,
            JdbcConnectionPool connections) {
        this.http = http;
        this.executor = executor;
        this.app = app;
        this.callers = callers;
        this.connections = connections;
    }

    public static PreviewServer start(PreviewConfig config, Clock clock) throws IOException {
        return start(config, clock, null);
    }

    /**
     * On an operator clock: every service reads its clock, and every page's header says so (when it is
     * set; real time shows nothing).
     */
    public static PreviewServer start(PreviewConfig config, OperatorClock operatorClock) throws IOException {
        return start(config, operatorClock.clock(), operatorClock);
    }

    private static PreviewServer start(PreviewConfig config, Clock clock, OperatorClock operatorClock)
            throws IOException {
        ProfileSource profile = ProfileSource.named(config.profile());
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(config.jdbcUrl());
        // pooled: opening an H2 session per request costs more than most of the requests themselves
        JdbcConnectionPool dataSource = JdbcConnectionPool.create(database);
        // The plugin's one store, on the real Active Objects library as in Confluence (see preview.ao).
        AoCompactStore store = new AoCompactStore(EmbeddedActiveObjects.start(dataSource));
        if (config.seedDemoData()) {
            DemoData.seedIfEmpty(store, profile.profile(), config.demo(), clock.instant());
        }
        PreviewCallerSource[] holder = new PreviewCallerSource[1];
        // the demo's staff by name (Set by, History), as the bot and the start page name them
        java.util.Map<String, String> staffNames = new java.util.HashMap<>();
        if (config.demo() != null) {
            DemoAlliance.of(
                            config.demo(),
                            java.time.LocalDate.now(
                                    clock.withZone(profile.profile().timeZone())))
                    .staff()
                    .forEach(st -> staffNames.put(st.email(), st.name()));
        }
        CompactApp app = new CompactApp(
                profile,
                store,
                new Access(
                        new CallerSource() {
                            @Override
                            public Optional<Caller> caller(HttpHeaders headers) {
                                return holder[0].caller(headers);
                            }

                            @Override
                            public Optional<Caller> coordinatorByEmail(String email) {
                                return holder[0].coordinatorByEmail(email);
                            }
                        },
                        store),
                clock,
                staffNames);
        PreviewCallerSource callers = new PreviewCallerSource(
                config,
                email -> app.mou.snapshot().members().stream()
                        .flatMap(m -> m.people().stream())
                        .filter(p -> p.hasEmail(email))
                        .map(p -> p.name())
                        .findFirst()
                        // the demo's staff by their demo names, as the bot names them
                        .or(() -> config.demo() == null
                                ? Optional.empty()
                                : DemoAlliance.of(config.demo(), app.mou.today())
                                        .nameOf(email))
                        .orElse(email));
        holder[0] = callers;
        app.mou.currentEdition();

        AbstractBinder services = new AbstractBinder() {
            @Override
            protected void configure() {
                bind(app.access).to(Access.class);
                bind(app.members).to(MemberService.class);
                bind(app.mou).to(MouService.class);
                bind(app.register).to(RegisterService.class);
                bind(app.fees).to(org.alliancecompact.confluence.service.FeeService.class);
                bind(app).to(CompactApp.class);
                bind(callers).to(PreviewCallerSource.class);
                bind(config).to(PreviewConfig.class);
            }
        };
        ResourceConfig rest = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(JacksonFeature.withoutExceptionMappers())
                .register(services);
        CompactApp.restResources().forEach(rest::register);
        CompactApp.restProviders().forEach(rest::register);
        CompactApp.restFilters().forEach(rest::register);
        ResourceConfig pages = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(services)
                .register(PreviewPages.class)
                .register(new ErrorMappers.Api())
                .register(new ErrorMappers.Framework());
        int[] boundPort = new int[1];
        HostCheck hostCheck = new HostCheck(() -> boundPort[0], PreviewConfig.extraHosts(System.getenv()));
        rest.register(hostCheck);
        pages.register(hostCheck);
        if (operatorClock != null && operatorClock.active()) {
            pages.register(new ClockNotice(operatorClock));
            LOG.warn("{}", operatorClock.notice());
        }

        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
        http.createContext("/rest/compact/1.0", ContainerFactory.createContainer(HttpHandler.class, rest));
        http.createContext("/", ContainerFactory.createContainer(HttpHandler.class, pages));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        http.setExecutor(executor);
        boundPort[0] = http.getAddress().getPort();
        http.start();
        PreviewServer server = new PreviewServer(http, executor, app, callers, dataSource);
        LOG.info("Alliance Compact preview ({}) on {}", profile.profile().name(), server.baseUri());
        return server;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    public CompactApp app() {
        return app;
    }

    public PreviewCallerSource callers() {
        return callers;
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.dispose();
    }

    /**
     * Records the profile in the preview's data folder ({@code PREVIEW_DATA}, ./data/preview) on the first
     * start, and refuses a folder made for another alliance (issue 17 point 9).
     *
     * @throws DataFolderProfile.WrongProfile saying which alliance the folder holds and what to do
     */
    static void claimDataFolder(java.util.Map<String, String> env, PreviewConfig config) {
        DataFolderProfile.claim(
                java.nio.file.Path.of(env.getOrDefault("PREVIEW_DATA", "./data/preview")),
                ProfileSource.named(config.profile()).profile(),
                config.profile());
    }

    public static void main(String[] args) throws IOException {
        // The JDK server writes headers and body separately; without TCP_NODELAY each response with a
        // body waits ~40 ms for the client's delayed ACK (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        PreviewConfig config = PreviewConfig.fromEnvironment(System.getenv());
        OperatorClock operatorClock;
        try {
            claimDataFolder(System.getenv(), config);
            operatorClock = OperatorClock.from(
                    System.getenv(),
                    ProfileSource.named(config.profile()).profile().timeZone(),
                    Clock.systemUTC());
        } catch (IllegalArgumentException | DataFolderProfile.WrongProfile e) {
            System.err.println("alliance-preview: " + e.getMessage());
            System.exit(2);
            return;
        }
        PreviewServer server = start(config, operatorClock);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "preview-shutdown"));
        String token = config.tokens().entrySet().stream()
                .filter(e -> e.getValue().equals(PreviewConfig.INTEGRATION_EMAIL))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElse("");
        System.out.println("Alliance Compact preview: " + server.baseUri() + " (integration token "
                + IntegrationToken.masked(token)
                + ", from PREVIEW_INTEGRATION_TOKEN or ./data/preview/integration-token)");
        if (operatorClock.active()) {
            System.out.println("*** " + operatorClock.notice() + " ***");
        }
    }
}
