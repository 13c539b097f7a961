package org.alliancecompact.bench.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The baseline the bot is measured against: Bolt on Jetty 12 with Bolt's own request verification,
 * whose {@code /alliance} and Home-tab handlers only acknowledge. Whatever the bot costs beyond this is ours.
 */
public final class BareBoltApp implements AutoCloseable {
    public static final String PATH = "/slack/events";

    private final Server server;
    private final ServerConnector connector;

    private BareBoltApp(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** @param slackApi where Bolt's own Web API calls (auth.test) go: the local stand-in */
    public static BareBoltApp start(String signingSecret, String botToken, URI slackApi) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(slackApi.toString());
        App app = new App(AppConfig.builder()
                .signingSecret(signingSecret)
                .singleTeamBotToken(botToken)
                .slack(Slack.getInstance(slackConfig))
                .build());
        app.command("/alliance", (req, ctx) -> ctx.ack("Alliance Compact: try /alliance help"));
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> ctx.ack());

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), PATH);
        server.setHandler(context);
        server.start();
        return new BareBoltApp(server, connector);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + PATH);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
