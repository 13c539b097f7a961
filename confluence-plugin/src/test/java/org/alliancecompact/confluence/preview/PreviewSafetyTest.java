package org.alliancecompact.confluence.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, finding 10: the preview server is safe to leave running on a person's machine. */
class PreviewSafetyTest {

    private static PreviewHttp http;

    @BeforeAll
    static void start() throws Exception {
        http = new PreviewHttp("bolton");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    /** A raw request with a Host header of our choosing (the JDK client refuses to set Host itself). */
    private static int statusWithHost(String path, String host) throws Exception {
        int port = http.base().getPort();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status =
                    new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    @DisplayName("a request under another host name (DNS rebinding) is refused; the preview's own names are answered")
    void otherHostNamesAreRefused() throws Exception {
        int port = http.base().getPort();
        assertThat(statusWithHost("/rest/compact/1.0/mou/current", "evil.example:" + port))
                .isEqualTo(421);
        assertThat(statusWithHost("/", "evil.example:" + port)).isEqualTo(421);
        assertThat(statusWithHost("/", "127.0.0.1:" + port)).isEqualTo(200);
        assertThat(statusWithHost("/", "localhost:" + port)).isEqualTo(200);
        assertThat(new HostCheck(() -> port, Set.of("preview.lan:8090")).allowed("preview.lan:8090"))
                .isTrue();
        assertThat(new HostCheck(() -> port, Set.of()).allowed(null)).isFalse();
    }

    @Test
    @DisplayName("macro pages need sign-in, as a Confluence space closed to anonymous users")
    void pagesNeedSignIn() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(http.base().resolve("pages/mou")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(r.body()).doesNotContain("Smithills");
    }

    @Test
    @DisplayName("with no PREVIEW_INTEGRATION_TOKEN a random token is made once, kept, and never shown in full")
    void theIntegrationTokenIsGeneratedAndKept(@TempDir Path data) throws Exception {
        PreviewConfig first = PreviewConfig.fromEnvironment(Map.of("PREVIEW_DATA", data.toString()));
        String token = Files.readString(data.resolve("integration-token")).strip();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(PreviewConfig.DEFAULT_INTEGRATION_TOKEN);
        assertThat(first.tokens()).containsEntry(token, PreviewConfig.INTEGRATION_EMAIL);
        assertThat(first.tokens()).doesNotContainKey(PreviewConfig.DEFAULT_INTEGRATION_TOKEN);
        assertThat(PreviewConfig.fromEnvironment(Map.of("PREVIEW_DATA", data.toString()))
                        .tokens())
                .containsEntry(token, PreviewConfig.INTEGRATION_EMAIL);
        assertThat(IntegrationToken.masked(token)).hasSize(5).doesNotContain(token.substring(4, 10));
        assertThat(PreviewConfig.fromEnvironment(
                                Map.of("PREVIEW_DATA", data.toString(), "PREVIEW_INTEGRATION_TOKEN", "given-token"))
                        .tokens())
                .containsEntry("given-token", PreviewConfig.INTEGRATION_EMAIL);
    }
}
