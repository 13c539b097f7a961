package org.alliancecompact.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Jetty 12 serving Bolt's servlet at {@code POST /slack/events} behind our {@link SignatureFilter},
 * and {@code GET /healthz}: 200 {@code {"status":"ok"}} when every {@link HealthCheck} passes (the
 * database; in Socket Mode also the connection to Slack), else 503 {@code {"status":"<reason>"}}. In
 * Socket Mode ({@code app} null) only {@code /healthz} is served. No response names the server or its
 * version, and an error page never shows an exception or a stack trace.
 */
public final class BotHttpServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;

    public BotHttpServer(App app, SlackSignature signature, HealthCheck healthy, String host, int port) {
        this(app, signature, new ReplayGuard(SlackSignature.WINDOW), healthy, host, port);
    }

    /** @param replays remembers the signed requests acted on (shared through the database by the bot) */
    public BotHttpServer(
            App app, SlackSignature signature, ReplayGuard replays, HealthCheck healthy, String host, int port) {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        // No "Server: Jetty(12...)" header: the version tells an attacker which flaws to try.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        context = new ServletContextHandler();
        context.setContextPath("/");
        if (app != null) { // null in Socket Mode: Slack's requests then come over the WebSocket
            context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
            context.addFilter(
                    new FilterHolder(new SignatureFilter(signature, replays)),
                    "/slack/events",
                    EnumSet.of(DispatcherType.REQUEST));
        }
        context.addServlet(new ServletHolder(new HealthServlet(healthy)), "/healthz");
        context.setErrorHandler(new QuietErrorHandler());
        server.setErrorHandler(new QuietErrorHandler());
        server.setHandler(context);
        server.setStopTimeout(5_000);
    }

    /**
     * Before {@link #start}: shows the operator clock in {@code /healthz} when it is set, and serves
     * {@code POST /jobs/*} ({@link JobsEndpoint}) when {@code jobs} is not null (else 404 there).
     */
    public BotHttpServer operator(org.alliancecompact.model.time.OperatorClock clock, JobsEndpoint jobs) {
        if (clock.active()) {
            context.addFilter(
                    new FilterHolder(new ClockInHealth(clock)), "/healthz", EnumSet.of(DispatcherType.REQUEST));
        }
        context.addServlet(new ServletHolder(jobs != null ? jobs : new JobsEndpoint.Off()), "/jobs/*");
        return this;
    }

    public BotHttpServer start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot start the HTTP server on port " + connector.getPort() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The port actually bound (useful when 0 asked for any free one). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the HTTP server", e);
        }
    }

    private static final class HealthServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();
        private final transient HealthCheck healthy;

        HealthServlet(HealthCheck healthy) {
            this.healthy = healthy;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Optional<String> problem = healthy.problem();
            resp.setStatus(problem.isEmpty() ? 200 : 503);
            resp.setContentType("application/json");
            resp.getWriter().write(JSON.writeValueAsString(Map.of("status", problem.orElse("ok"))));
        }
    }
}
