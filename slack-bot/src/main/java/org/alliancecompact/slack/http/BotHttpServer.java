package org.alliancecompact.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Jetty 12 serving Bolt's servlet at {@code POST /slack/events} behind our {@link SignatureFilter},
 * and {@code GET /healthz} (200 when the database answers, 503 otherwise). In Socket Mode
 * ({@code app} null) only {@code /healthz} is served.
 */
public final class BotHttpServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;

    public BotHttpServer(App app, SlackSignature signature, BooleanSupplier healthy, String host, int port) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        context = new ServletContextHandler();
        context.setContextPath("/");
        if (app != null) { // null in Socket Mode: Slack's requests then come over the WebSocket
            context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
            context.addFilter(
                    new FilterHolder(new SignatureFilter(signature)),
                    "/slack/events",
                    EnumSet.of(DispatcherType.REQUEST));
        }
        context.addServlet(new ServletHolder(new HealthServlet(healthy)), "/healthz");
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
        private final transient BooleanSupplier healthy;

        HealthServlet(BooleanSupplier healthy) {
            this.healthy = healthy;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            boolean ok = healthy.getAsBoolean();
            resp.setStatus(ok ? 200 : 503);
            resp.setContentType("application/json");
            resp.getWriter().write(ok ? "{\"status\":\"ok\"}" : "{\"status\":\"database unavailable\"}");
        }
    }
}
