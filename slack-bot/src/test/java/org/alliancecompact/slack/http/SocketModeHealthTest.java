package org.alliancecompact.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 9: in Socket Mode {@code /healthz} follows the WebSocket connection to Slack. The
 * strict Web API stand-in answers {@code apps.connections.open} with the URL of a local WebSocket server that,
 * like Slack, says {@code {"type":"hello"}} when a connection opens
 * (https://api.slack.com/apis/socket-mode); with nothing listening there the bot is not connected.
 */
class SocketModeHealthTest {

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static BotHarness socketModeBot(int wsPort) {
        BotHarness h = new BotHarness("bolton");
        h.settings.put("SLACK_APP_TOKEN", "xapp-1-test");
        h.slack.socketModeUrl("ws://127.0.0.1:" + wsPort + "/link");
        return h;
    }

    /** A WebSocket server that greets each connection as Slack does. */
    private static final class SlackSocket extends WebSocketServer {
        SlackSocket(int port) {
            super(new InetSocketAddress("127.0.0.1", port));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"}}");
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

        @Override
        public void onMessage(WebSocket conn, String message) {}

        @Override
        public void onError(WebSocket conn, Exception ex) {}

        @Override
        public void onStart() {}
    }

    @Test
    void with_no_connection_to_slack_healthz_is_503_with_the_reason() throws Exception {
        try (BotHarness h = socketModeBot(freePort()).start()) {
            var health = h.requests.get("/healthz");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("Slack Socket Mode");
            assertThat(health.headers().firstValue("Server")).isEmpty();
        }
    }

    @Test
    void healthz_is_200_while_connected_and_503_once_the_connection_drops() throws Exception {
        int port = freePort();
        SlackSocket socket = new SlackSocket(port);
        socket.start();
        try (BotHarness h = socketModeBot(port).start()) {
            Eventually.await("connected", () -> h.requests.get("/healthz").statusCode() == 200);
            assertThat(h.requests.get("/healthz").body()).isEqualTo("{\"status\":\"ok\"}");

            socket.stop(2_000);
            Eventually.await("reported down", () -> h.requests.get("/healthz").statusCode() == 503);
            assertThat(h.requests.get("/healthz").body()).contains("Slack Socket Mode");
        } finally {
            socket.stop(1_000);
        }
    }
}
