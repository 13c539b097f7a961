package org.alliancecompact.slack.http;

import com.slack.api.socket_mode.SocketModeClient;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Whether the bot is connected to Slack in Socket Mode, for {@code /healthz}. Slack sends
 * {@code {"type":"hello"}} on every new connection (https://api.slack.com/apis/socket-mode, "Connecting
 * to the WebSocket URL"): from then on the bot is up; a closed connection or a failure to connect puts
 * it down, with the reason, until the SDK's reconnection gets the next hello. Before the first hello
 * it is down ("not connected yet"), so a bot that never reaches Slack is never reported healthy.
 */
public final class SocketModeHealth implements HealthCheck {
    private static final Pattern HELLO = Pattern.compile("\"type\"\\s*:\\s*\"hello\"");

    private final AtomicReference<String> problem = new AtomicReference<>("Slack Socket Mode not connected yet");

    /** Listens to {@code client}; call before it connects so its first hello is seen. */
    public SocketModeClient watch(SocketModeClient client) {
        client.addWebSocketMessageListener(message -> {
            if (HELLO.matcher(message).find()) {
                problem.set(null);
            }
        });
        client.addWebSocketCloseListener((code, reason) -> problem.set("Slack Socket Mode connection closed (" + code
                + (reason == null || reason.isBlank() ? "" : ", " + reason) + ")"));
        client.addWebSocketErrorListener(error -> problem.set("Slack Socket Mode not connected: "
                + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage())));
        return client;
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem.get());
    }
}
