package org.alliancecompact.model.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportRequestTest {

    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

    private static SupportRequest submit(String focus, String days, String preferred) {
        return SupportRequest.submit(
                "r1", "school-a", focus, days == null ? null : new BigDecimal(days), preferred, AT);
    }

    @Test
    void everyRequestGoesToTheImprovementGroupFirst() {
        SupportRequest r = submit("  Phonics  ", "1.5", "school-b");
        assertThat(r.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(r.focus()).isEqualTo("Phonics");
        assertThat(r.preferredProviderMemberId()).isEqualTo("school-b");
        assertThat(r.providerMemberId()).isNull();
        assertThat(r.claimedBy()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "1", "2", "2.5", "49.5", "50", "50.0"})
    void daysInHalfDayStepsUpToFiftyAreAccepted(String days) {
        assertThat(submit("Phonics", days, null).days()).isEqualByComparingTo(days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.25", "1.2", "50.5", "51"})
    void otherDaysAreRefusedNamingTheField(String days) {
        assertThatThrownBy(() -> submit("Phonics", days, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("days");
    }

    @Test
    void daysAreRequired() {
        assertThatThrownBy(() -> submit("Phonics", null, null)).hasMessageStartingWith("days");
    }

    @Test
    void focusIsRequiredAndAtMost500Characters() {
        assertThat(submit("x".repeat(500), "1", null).focus()).hasSize(500);
        assertThatThrownBy(() -> submit("x".repeat(501), "1", null)).hasMessageStartingWith("focus");
        assertThatThrownBy(() -> submit(" ", "1", null)).hasMessageStartingWith("focus");
        assertThatThrownBy(() -> submit(null, "1", null)).hasMessageStartingWith("focus");
    }

    @Test
    void anOrganisationCannotAskItselfForSupport() {
        assertThatThrownBy(() -> submit("Phonics", "1", "school-a"))
                .hasMessageStartingWith("preferredProviderMemberId");
        assertThat(submit("Phonics", "1", "  ").preferredProviderMemberId()).isNull();
    }

    @Test
    void aClosedRequestCarriesItsReason() {
        assertThatThrownBy(() -> new SupportRequest(
                        "r", "a", "f", BigDecimal.ONE, null, AT, RequestStatus.DECLINED, null, null, " ", null, null))
                .hasMessageStartingWith("closingReason");
    }

    @Test
    void aStoredRequestMustRecordItsProviderAndCompletion() {
        assertThatThrownBy(() -> new SupportRequest(
                        "r", "a", "f", BigDecimal.ONE, null, AT, RequestStatus.ASSIGNED, "c", null, null, null, null))
                .hasMessageStartingWith("providerMemberId");
        assertThatThrownBy(() -> new SupportRequest(
                        "r", "a", "f", BigDecimal.ONE, null, AT, RequestStatus.COMPLETED, "c", "b", null, null, null))
                .hasMessageStartingWith("completedAt");
        assertThat(new SupportRequest(
                                "r",
                                "a",
                                "f",
                                BigDecimal.ONE,
                                null,
                                AT,
                                RequestStatus.EVALUATED,
                                "c",
                                "b",
                                null,
                                AT,
                                null)
                        .status())
                .isEqualTo(RequestStatus.EVALUATED);
    }
}
