package org.alliancecompact.slack.slackapi;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Slack Web API call the bot makes goes through here. Bolt's client gives up on HTTP 429 and
 * 5xx; Slack's rules are to wait for {@code Retry-After} seconds on 429 and to back off on server
 * errors, so this wrapper does both, a bounded number of times, and turns {@code ok:false} into a
 * {@link SlackCallFailed} naming the method and Slack's error code.
 */
public final class SlackApi {
    private static final Logger log = LoggerFactory.getLogger(SlackApi.class);

    /** One Web API call, as a lambda over Bolt's {@link MethodsClient}. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient client) throws IOException, SlackApiException;
    }

    /** How to wait; tests may count instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final MethodsClient client;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration maxWait;

    public SlackApi(MethodsClient client, Sleeper sleeper, int maxAttempts, Duration maxWait) {
        this.client = client;
        this.sleeper = sleeper;
        this.maxAttempts = maxAttempts;
        this.maxWait = maxWait;
    }

    /** Slack's SDK pointed at {@code apiUrl} (Slack's own, or a local stand-in). */
    public static Slack slackFor(URI apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.toString());
        // A new field in Slack's JSON must not break a running bot.
        config.setFailOnUnknownProperties(false);
        config.setPrettyResponseLoggingEnabled(false);
        // The SDK's call statistics are for its async client's rate limiter, which the bot does not use
        // (it honours Retry-After itself, above). Left on, every call appends to and scans a
        // copy-on-write list of that method's calls in the last minute (12,000 entries at 200 Home tabs
        // a second): 15-25% of the CPU of publishing a Home tab in the bot-ack benchmark.
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    public static SlackApi of(Slack slack, String botToken) {
        return new SlackApi(slack.methods(botToken), d -> Thread.sleep(d.toMillis()), 4, Duration.ofSeconds(60));
    }

    public MethodsClient client() {
        return client;
    }

    /** Runs the call, retrying on 429 and 5xx; {@code method} names it in logs and errors. */
    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.on(client);
                if (!response.isOk()) {
                    throw new SlackCallFailed(method, response.getError());
                }
                if (response.getWarning() != null) {
                    log.debug("Slack {} warned: {}", method, response.getWarning());
                }
                return response;
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (attempt >= maxAttempts || !(status == 429 || status >= 500)) {
                    String error = e.getError() != null ? e.getError().getError() : "http_" + status;
                    throw new SlackCallFailed(method, error);
                }
                Duration wait = status == 429 ? retryAfter(e) : Duration.ofMillis(250L << (attempt - 1));
                log.info("Slack {} answered HTTP {}; retrying in {} ms", method, status, wait.toMillis());
                pause(wait, method);
            } catch (IOException e) {
                if (attempt >= maxAttempts) {
                    throw new SlackCallFailed(method, "unreachable: " + e.getMessage());
                }
                pause(Duration.ofMillis(250L << (attempt - 1)), method);
            }
        }
    }

    private Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        long seconds = 1;
        if (header != null) {
            try {
                seconds = Math.max(0, Long.parseLong(header.trim()));
            } catch (NumberFormatException ignored) {
                // Slack sends whole seconds; anything else gets the one-second default
            }
        }
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(maxWait) > 0 ? maxWait : d;
    }

    private void pause(Duration d, String method) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed(method, "interrupted while waiting to retry");
        }
    }
}
