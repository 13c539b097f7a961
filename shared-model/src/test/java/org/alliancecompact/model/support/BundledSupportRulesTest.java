package org.alliancecompact.model.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.model.time.AcademicYear;
import org.junit.jupiter.api.Test;

/** Brokerage and the days commitment with the alliances' own profiles. */
class BundledSupportRulesTest {

    private static final ProfileLoader LOADER = new ProfileLoader();

    private static SupportRequest claimed(String days, SupportRules rules) {
        return RequestLifecycle.claim(
                SupportRequest.submit(
                        "r", "requester", "Phonics", new BigDecimal(days), null, Instant.parse("2026-10-01T09:00:00Z")),
                "coord",
                rules);
    }

    @Test
    void exceedBrokersRequestsOfMoreThanTwoDays() {
        SupportRules exceed = LOADER.loadBundled("exceed").support();
        assertThat(RequestLifecycle.assign(claimed("2", exceed), "provider", exceed)
                        .status())
                .isEqualTo(RequestStatus.ASSIGNED);
        assertThatThrownBy(() -> RequestLifecycle.assign(claimed("2.5", exceed), "provider", exceed))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Exceed Teaching Schools must broker it");
    }

    @Test
    void boltonBrokersRequestsOverTwoDaysAndCommitsNineDays() {
        AllianceProfile bolton = LOADER.loadBundled("bolton");
        SupportRules rules = bolton.support();
        assertThat(RequestLifecycle.brokerageRequired(new BigDecimal("2"), rules))
                .isFalse();
        assertThat(RequestLifecycle.brokerageRequired(new BigDecimal("2.5"), rules))
                .isTrue();
        DaysLedger ledger = DaysLedger.of("school", AcademicYear.parse("2026/27"), List.of(), rules, bolton.timeZone());
        assertThat(ledger.committed()).isEqualByComparingTo("9");
        assertThat(ledger.outstanding()).isEqualByComparingTo("9");
    }
}
