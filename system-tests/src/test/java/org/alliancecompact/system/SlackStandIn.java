package org.alliancecompact.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecompact.slack.http.FormFields;

/**
 * A local stand-in for Slack's Web API (what the bot calls) and for the response URLs Slack hands out
 * with each command and interaction. It records every call so a test can read what people were sent.
 */
final class SlackStandIn implements AutoCloseable {

    private final WireMockServer server =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final AtomicInteger responseUrls = new AtomicInteger();

    SlackStandIn() {
        server.start();
        server.stubFor(post(urlEqualTo("/api/auth.test"))
                .willReturn(okJson("{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\",\"bot_id\":\"B1\"}")));
        for (String method : List.of("chat.postEphemeral", "chat.update", "views.publish")) {
            server.stubFor(post(urlEqualTo("/api/" + method)).willReturn(okJson("{\"ok\":true}")));
        }
        // views.open answers with the opened view's id, which views.update names
        for (String method : List.of("views.open", "views.update")) {
            server.stubFor(post(urlEqualTo("/api/" + method))
                    .willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"VOPENED\",\"type\":\"modal\"}}")));
        }
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}")));
        server.stubFor(post(urlEqualTo("/api/conversations.open"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"D1\"}}")));
        server.stubFor(post(urlEqualTo("/api/users.lookupByEmail"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":false,\"error\":\"users_not_found\"}")));
        server.stubFor(
                post(urlPathMatching("/respond/.*")).willReturn(aResponse().withStatus(200)));
    }

    /** A Slack workspace member with this id and email (users.info and users.lookupByEmail answer). */
    void user(String id, String email) {
        String user = "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"name\":\"" + id.toLowerCase()
                + "\",\"profile\":{\"email\":\"" + email + "\"}}}";
        server.stubFor(post(urlEqualTo("/api/users.info"))
                .withRequestBody(containing("user=" + id))
                .willReturn(okJson(user)));
        server.stubFor(post(urlEqualTo("/api/users.lookupByEmail"))
                .atPriority(1)
                .withRequestBody(containing("email=" + email.replace("@", "%40")))
                .willReturn(okJson(user)));
    }

    /**
     * Slack is busy for the next post to {@code channel}: it answers 429 with {@code Retry-After}, then
     * 503, then accepts the message as usual (a WireMock scenario).
     */
    void busyFor(String channel, int retryAfterSeconds) {
        String scenario = "busy-" + channel;
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("rate-limited"));
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .inScenario(scenario)
                .whenScenarioStateIs("rate-limited")
                .willReturn(aResponse().withStatus(503).withBody("upstream unavailable"))
                .willSetStateTo("recovered"));
    }

    /** Every call to a Web API method with when it arrived, oldest first. */
    List<Call> timedCalls(String method) {
        return server.findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .map(r -> new Call(r.getLoggedDate().toInstant(), fields(r)))
                .toList();
    }

    record Call(java.time.Instant at, Map<String, String> fields) {}

    String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    String newResponseUrl() {
        return server.baseUrl() + "/respond/" + responseUrls.incrementAndGet();
    }

    /** Everything the bot said at this response URL, as raw JSON bodies. */
    List<String> responsesAt(String responseUrl) {
        String path = responseUrl.substring(server.baseUrl().length());
        return server.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
                .map(LoggedRequest::getBodyAsString)
                .toList();
    }

    /** The form fields of every call to a Web API method, oldest first. */
    List<Map<String, String>> calls(String method) {
        return server.findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .map(SlackStandIn::fields)
                .toList();
    }

    private static Map<String, String> fields(LoggedRequest request) {
        String body = request.getBodyAsString();
        if (body.startsWith("{")) {
            return Map.of("json", body);
        }
        return FormFields.decode(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
