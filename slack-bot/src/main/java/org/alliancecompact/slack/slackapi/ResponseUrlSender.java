package org.alliancecompact.slack.slackapi;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Replies to a command's or a button's {@code response_url}. Bolt's {@code ctx.respond} builds a new
 * JSON serializer for every reply, a quarter of the CPU of answering {@code /alliance rsvp}; this sends
 * the same JSON (Slack's snake-case mapping of the same response objects) with one serializer for the
 * whole bot, through the Slack SDK's own HTTP client (its connection pool, timeouts and proxy
 * settings), on the calling thread.
 */
public final class ResponseUrlSender {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final Gson gson;
    private final OkHttpClient http;

    public ResponseUrlSender(Slack slack) {
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        this.http = slack.getHttpClient().getOkHttpClient();
    }

    /**
     * Posts {@code response} (a Slack SDK response object) to {@code responseUrl}, which comes from a
     * payload whose signature was verified; anything but 2xx is a {@link SlackCallFailed}.
     */
    public void send(String responseUrl, Object response) {
        Request request = new Request.Builder()
                .url(target(responseUrl).toString())
                .post(RequestBody.create(gson.toJson(response), JSON))
                .build();
        try (Response reply = http.newCall(request).execute()) {
            if (!reply.isSuccessful()) {
                throw new SlackCallFailed("response_url", "HTTP " + reply.code());
            }
        } catch (IOException e) {
            throw new SlackCallFailed(
                    "response_url", "unreachable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static URI target(String responseUrl) {
        if (responseUrl == null || responseUrl.isBlank()) {
            throw new SlackCallFailed("response_url", "no response_url in the request");
        }
        URI uri;
        try {
            uri = URI.create(responseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new SlackCallFailed("response_url", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new SlackCallFailed("response_url", "not an http(s) URL");
        }
        return uri;
    }
}
