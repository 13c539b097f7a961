package org.alliancecompact.slack.confluence;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import org.alliancecompact.model.api.MouStatusDto;
import org.alliancecompact.model.mou.SigningStatus;
import org.alliancecompact.slack.Bot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugin's REST contract as the bot speaks it, against a WireMock stand-in. */
class PluginHttpTest {
    private static WireMockServer plugin;
    private static PluginHttp http;

    @BeforeAll
    static void start() {
        plugin = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        plugin.start();
        http = new PluginHttp(URI.create(plugin.baseUrl()), "secret-pat", Bot.json());
    }

    @AfterAll
    static void stop() {
        plugin.stop();
    }

    @Test
    void reads_carry_the_bearer_token_and_the_viewer() {
        plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/mou/status/alpha-school"))
                .willReturn(
                        okJson("{\"memberId\":\"alpha-school\",\"memberName\":\"Alpha\",\"status\":\"PARTLY_SIGNED\","
                                + "\"signedRoles\":[\"HEAD\"],\"missingRoles\":[\"CHAIR\"]}")));
        var status = http.get("/mou/status/alpha-school", "head+x@alpha.sch.uk", MouStatusDto.MemberStatusDto.class);
        assertThat(status.status()).isEqualTo(SigningStatus.PARTLY_SIGNED);
        plugin.verify(getRequestedFor(urlPathEqualTo("/rest/compact/1.0/mou/status/alpha-school"))
                .withQueryParam("viewer", equalTo("head+x@alpha.sch.uk"))
                .withHeader("Authorization", equalTo("Bearer secret-pat")));
    }

    @Test
    void writes_carry_the_xsrf_header() {
        plugin.stubFor(post(urlPathEqualTo("/rest/compact/1.0/engagement")).willReturn(okJson("{}")));
        http.send(
                "POST",
                "/engagement",
                "{\"memberId\":\"a\",\"level\":1,\"reasons\":[],\"at\":\"2026-11-23T10:00:00Z\"}");
        plugin.verify(postRequestedFor(urlPathEqualTo("/rest/compact/1.0/engagement"))
                .withHeader("X-Atlassian-Token", equalTo("no-check"))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void a_refusal_carries_the_plugins_message_and_field() {
        plugin.stubFor(
                get(urlPathEqualTo("/rest/compact/1.0/register"))
                        .willReturn(
                                aResponse()
                                        .withStatus(403)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"status\":403,\"message\":\"viewer is not an alliance member\",\"field\":\"viewer\"}")));
        assertThatThrownBy(() -> http.get("/register", "x@y.org", Object.class))
                .isInstanceOf(PluginRefused.class)
                .hasMessage("viewer is not an alliance member")
                .satisfies(e -> assertThat(((PluginRefused) e).field()).isEqualTo("viewer"));
    }

    @Test
    void an_unreachable_plugin_is_reported_as_unavailable() {
        PluginHttp nowhere = new PluginHttp(URI.create("http://127.0.0.1:1"), "t", Bot.json());
        assertThatThrownBy(() -> nowhere.get("/members", null, Object.class))
                .isInstanceOf(PluginUnavailable.class)
                .hasMessageContaining("not reachable");
        plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members"))
                .willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> http.get("/members", null, Object.class)).isInstanceOf(PluginUnavailable.class);
    }
}
