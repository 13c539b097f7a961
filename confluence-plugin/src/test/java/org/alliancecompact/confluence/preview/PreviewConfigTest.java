package org.alliancecompact.confluence.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class PreviewConfigTest {

    @Test
    void readsPortProfileTokensAndCoordinatorsFromTheEnvironment() {
        PreviewConfig c = PreviewConfig.fromEnvironment(Map.of(
                "PREVIEW_PORT", "9000",
                "ALLIANCE_PROFILE", "oldham",
                "PREVIEW_TOKENS", "abc=Head@School.example, def=chair@school.example",
                "PREVIEW_COORDINATORS", "a@x.example,b@x.example",
                "PREVIEW_INTEGRATION_TOKEN", "bot-token"));
        assertThat(c.port()).isEqualTo(9000);
        assertThat(c.profile()).isEqualTo("oldham");
        assertThat(c.tokens())
                .containsEntry("abc", "head@school.example")
                .containsEntry("def", "chair@school.example")
                .containsEntry("bot-token", PreviewConfig.INTEGRATION_EMAIL);
        assertThat(c.coordinators()).containsExactlyInAnyOrder("a@x.example", "b@x.example");
        assertThat(PreviewConfig.fromEnvironment(Map.of("PREVIEW_INTEGRATION_TOKEN", "t"))
                        .jdbcUrl())
                .isEqualTo("jdbc:h2:file:./data/preview/compact");
        assertThat(PreviewConfig.fromEnvironment(Map.of("PREVIEW_INTEGRATION_TOKEN", "t"))
                        .port())
                .isEqualTo(8090);
    }

    @Test
    void refusesBadSettingsWithTheVariableName() {
        assertThatThrownBy(() -> PreviewConfig.fromEnvironment(Map.of("PREVIEW_PORT", "eighty")))
                .hasMessageContaining("PREVIEW_PORT");
        assertThatThrownBy(() -> PreviewConfig.fromEnvironment(Map.of("PREVIEW_TOKENS", "justatoken")))
                .hasMessageContaining("PREVIEW_TOKENS");
    }

    @Test
    void aSignedInCookieCannotBeEditedIntoSomeoneElse() {
        PreviewCallerSource callers = new PreviewCallerSource(PreviewConfig.forTest("bolton", "x"), e -> "Name");
        String value = callers.cookieValue("head@smithills.example");
        assertThat(callers.verify(value)).contains("head@smithills.example");
        String forged = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("coordinator@alliance.example".getBytes())
                + value.substring(value.indexOf('.'));
        assertThat(callers.verify(forged)).isEmpty();
        HttpHeaders headers = Mockito.mock(HttpHeaders.class);
        Mockito.when(headers.getCookies())
                .thenReturn(Map.of(
                        PreviewCallerSource.COOKIE,
                        new Cookie.Builder(PreviewCallerSource.COOKIE)
                                .value(forged)
                                .build()));
        assertThat(callers.caller(headers)).isEmpty();
        Mockito.when(headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                .thenReturn("Bearer " + PreviewConfig.DEFAULT_INTEGRATION_TOKEN);
        assertThat(callers.caller(headers))
                .hasValueSatisfying(c -> assertThat(c.integration()).isTrue());
    }
}
