package org.alliancecompact.confluence.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.alliancecompact.confluence.preview.PreviewHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 15, finding 9: callers are authenticated before any body is read, and bodies are limited. */
class RequestGateTest {

    private static final String API = "/rest/compact/1.0";
    private static PreviewHttp http;

    @BeforeAll
    static void start() throws Exception {
        http = new PreviewHttp("bolton");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    @DisplayName("an anonymous caller's body is never parsed or validated: 401, with no field named")
    void anonymousBodiesAreNotRead() {
        Reply r = http.send("POST", API + "/members", null, "{\"id\":\"x\",\"kind\":\"CASTLE\"}", true);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().has("field") && !r.json().get("field").isNull()).isFalse();
        assertThat(r.body()).doesNotContain("kind").doesNotContain("CASTLE");

        Reply notJson = http.send("PUT", API + "/register/smithills", null, "{not json", true);
        assertThat(notJson.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a declared body over 64 KiB is refused with 413 before it is read, signed in or not")
    void declaredLargeBodiesAre413() {
        String big = "{\"name\":\"" + "x".repeat(RequestGate.MAX_BODY_BYTES) + "\"}";
        Reply signedIn = http.send("POST", API + "/members", "t-coordinator", big, true);
        assertThat(signedIn.status()).isEqualTo(413);
        assertThat(signedIn.json().get("status").asInt()).isEqualTo(413);
        assertThat(signedIn.json().get("message").asText()).contains("64 KiB");
        assertThat(http.send("POST", API + "/members", null, big, true).status())
                .isEqualTo(413);
    }

    @Test
    @DisplayName("the 413 reaches the caller every time: the refused body is drained, not left to reset the"
            + " connection (Tomcat under Confluence swallows up to 2 MB the same way)")
    void theRefusalIsReadEveryTime() {
        String big = "{\"name\":\"" + "x".repeat(RequestGate.MAX_BODY_BYTES * 4) + "\"}";
        for (int i = 0; i < 40; i++) {
            assertThat(http.send("POST", API + "/members", "t-coordinator", big, true)
                            .status())
                    .as("attempt %d", i)
                    .isEqualTo(413);
        }
    }

    @Test
    @DisplayName("a chunked body (no Content-Length) is cut off at 64 KiB with 413, and nothing is stored")
    void chunkedLargeBodiesAre413() throws Exception {
        byte[] big = ("{\"id\":\"huge\",\"name\":\"" + "x".repeat(RequestGate.MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(http.base().resolve("rest/compact/1.0/members"))
                .header("Authorization", "Bearer t-coordinator")
                .header("X-Atlassian-Token", "no-check")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(http.get(API + "/members/huge", "t-coordinator").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("bodies within the limit still work")
    void normalBodiesPass() {
        Reply r = http.send(
                "POST",
                API + "/mou/withdrawals",
                "t-coordinator",
                Map.of("memberId", "smithills", "reason", "Joining another alliance"),
                true);
        assertThat(r.status()).isEqualTo(409); // nothing signed yet: a real conflict, after the body was read
    }
}
