package org.alliancecompact.confluence.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.alliancecompact.confluence.Fixtures;

/** A preview server on a free loopback port with an in-memory database, and a small HTTP client for it. */
public final class PreviewHttp implements AutoCloseable {

    public static final Map<String, String> TOKENS = Map.of(
            PreviewConfig.DEFAULT_INTEGRATION_TOKEN,
            PreviewConfig.INTEGRATION_EMAIL,
            "t-coordinator",
            PreviewConfig.COORDINATOR_EMAIL,
            "t-smithills-head",
            "head@smithills.example",
            "t-smithills-chair",
            "chair@smithills.example",
            "t-ladybridge-head",
            "head@ladybridge.example",
            "t-ladybridge-chair",
            "chair@ladybridge.example",
            "t-stpeters-head",
            "head@stpeters.example",
            "t-stranger",
            "someone@elsewhere.example");

    public final PreviewServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public PreviewHttp(String profile) throws IOException {
        this(profile, Fixtures.CLOCK);
    }

    public PreviewHttp(String profile, java.time.Clock clock) throws IOException {
        this(profile, clock, Map.of());
    }

    /** With more Bearer tokens ({@code token -> email}) besides {@link #TOKENS}. */
    public PreviewHttp(String profile, java.time.Clock clock, Map<String, String> moreTokens) throws IOException {
        Map<String, String> tokens = new java.util.HashMap<>(TOKENS);
        tokens.putAll(moreTokens);
        PreviewConfig config = new PreviewConfig(
                0,
                profile,
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                tokens,
                java.util.Set.of(PreviewConfig.COORDINATOR_EMAIL),
                PreviewConfig.INTEGRATION_EMAIL,
                true);
        server = PreviewServer.start(config, clock);
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, false);
    }

    /** A state-changing call with the XSRF header (unless {@code xsrf} is false). */
    public Reply send(String method, String path, String token, Object body, boolean xsrf) {
        try {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(server.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (xsrf) {
                b.header("X-Atlassian-Token", "no-check");
            }
            String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
            b.method(
                    method,
                    text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                b.header("Content-Type", "application/json");
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public URI base() {
        return server.baseUri();
    }

    @Override
    public void close() {
        server.close();
    }
}
