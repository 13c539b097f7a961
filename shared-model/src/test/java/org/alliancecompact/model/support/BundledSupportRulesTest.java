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

    @Test
    void profilesSayEveryRequestAndNoneInWordsAndOldNumbersStillLoad() {
        for (String name : List.of("oldham", "leeds", "leicestershire")) {
            SupportRules rules = LOADER.loadBundled(name).support();
            assertThat(rules.everyRequestBrokered()).as(name).isTrue();
            assertThat(rules.noCommittedDays()).as(name).isTrue();
            assertThat(RequestLifecycle.brokerageRequired(new BigDecimal("0.5"), rules))
                    .isTrue();
            assertThatThrownBy(() -> RequestLifecycle.assign(claimed("1", rules), "provider", rules))
                    .hasMessageStartingWith("Every request is brokered")
                    .hasMessageNotContaining("more than 0");
        }
        SupportRules bolton = LOADER.loadBundled("bolton").support();
        assertThat(bolton.everyRequestBrokered()).isFalse();
        assertThat(bolton.noCommittedDays()).isFalse();
        assertThat(LOADER.loadBundled("exceed").support().noCommittedDays()).isTrue();
        for (String file : List.of("oldham", "leeds", "leicestershire", "exceed")) {
            String yaml = read(file);
            assertThat(yaml)
                    .as(file)
                    .doesNotContain("brokerageThresholdDays: 0")
                    .doesNotContain("committedDaysPerYear: 0");
        }
        // an older profile's numbers load as before
        String old = read("oldham")
                .replace("brokerageThresholdDays: every request", "brokerageThresholdDays: 0")
                .replace("committedDaysPerYear: none", "committedDaysPerYear: 0");
        SupportRules numeric = LOADER.load(
                        new java.io.ByteArrayInputStream(old.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "old.yml")
                .support();
        assertThat(numeric.everyRequestBrokered()).isTrue();
        assertThat(numeric.noCommittedDays()).isTrue();
        // and other words are refused, naming the field
        String wrong = read("oldham").replace("committedDaysPerYear: none", "committedDaysPerYear: lots");
        assertThatThrownBy(() -> LOADER.load(
                        new java.io.ByteArrayInputStream(wrong.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "wrong.yml"))
                .hasMessageContaining("support.committedDaysPerYear")
                .hasMessageContaining("lots");
    }

    private static String read(String profile) {
        try (var in =
                BundledSupportRulesTest.class.getClassLoader().getResourceAsStream("profiles/" + profile + ".yml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
