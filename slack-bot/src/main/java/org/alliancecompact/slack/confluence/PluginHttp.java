package org.alliancecompact.slack.confluence;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP to the plugin's REST API ({@code <CONFLUENCE_URL>/rest/compact/1.0}): Bearer token, JSON,
 * {@code X-Atlassian-Token: no-check} on every write (Atlassian's XSRF convention), and
 * {@code ?viewer=<email>} on reads made for a person so the plugin applies that person's visibility.
 */
public final class PluginHttp {
    public static final String API_PATH = "/rest/compact/1.0";

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json;
    private final ConfluenceLatency latency = new ConfluenceLatency(java.time.Clock.systemUTC());

    public PluginHttp(URI confluenceUrl, String token, ObjectMapper json) {
        this.base = URI.create(confluenceUrl.toString() + API_PATH);
        this.token = token;
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public ObjectMapper json() {
        return json;
    }

    /** How Confluence has been answering the bot's calls (real time, whatever the operator clock says). */
    public ConfluenceLatency latency() {
        return latency;
    }

    /** GET {@code path} as {@code viewer} (null: as the bot's own user). */
    public <T> T get(String path, String viewer, JavaType type) {
        String url = base
                + path
                + (viewer == null
                        ? ""
                        : (path.contains("?") ? "&" : "?") + "viewer="
                                + URLEncoder.encode(viewer, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        String body = exchange(request, "GET " + path);
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new PluginUnavailable("the plugin's answer to GET " + path + " was not what the bot expects", e);
        }
    }

    public <T> T get(String path, String viewer, Class<T> type) {
        return get(path, viewer, json.constructType(type));
    }

    /** A write (PUT/POST) with a JSON body; returns the answer's body. */
    public String send(String method, String path, String jsonBody) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
        return exchange(request, method + " " + path);
    }

    private String exchange(HttpRequest request, String what) {
        HttpResponse<String> response;
        long call = latency.started();
        boolean reached = false;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            reached = response.statusCode() < 500;
        } catch (IOException e) {
            throw new PluginUnavailable("Confluence is not reachable (" + what + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginUnavailable("interrupted while calling Confluence (" + what + ")", e);
        } finally {
            latency.finished(call, reached);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        if (status >= 400 && status < 500) {
            String message = "Confluence refused " + what + " (HTTP " + status + ")";
            String field = null;
            try {
                JsonNode error = json.readTree(response.body());
                if (error.path("message").isTextual()) {
                    message = error.get("message").asText();
                }
                if (error.path("field").isTextual()) {
                    field = error.get("field").asText();
                }
            } catch (IOException | RuntimeException ignored) {
                // not the plugin's JSON error: keep the generic message
            }
            throw new PluginRefused(status, message, field);
        }
        throw new PluginUnavailable("Confluence answered HTTP " + status + " to " + what, null);
    }
}
