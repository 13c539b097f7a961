package org.alliancecompact.model.support;

import static org.alliancecompact.model.support.SupportFixtures.RULES;
import static org.alliancecompact.model.support.SupportFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.alliancecompact.model.time.AcademicYear;
import org.junit.jupiter.api.Test;

class DaysLedgerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AcademicYear YEAR = AcademicYear.parse("2026/27");

    private static SupportRequest delivered(String id, String requester, String provider, String days, String at) {
        SupportRequest r = RequestLifecycle.claim(request(id, requester, days, "2026-06-01T09:00:00Z"), "c", RULES);
        if (RequestLifecycle.brokerageRequired(r, RULES)) {
            r = RequestLifecycle.broker(r, RULES);
        }
        r = RequestLifecycle.start(RequestLifecycle.assign(r, provider, RULES), RULES);
        return RequestLifecycle.complete(r, Instant.parse(at), RULES);
    }

    @Test
    void daysGivenCountDeliveredSupportCompletedInTheYear() {
        List<SupportRequest> requests = List.of(
                delivered("1", "x", "school", "2", "2026-10-10T12:00:00Z"),
                RequestLifecycle.evaluate(delivered("2", "y", "school", "3.5", "2027-03-10T12:00:00Z"), RULES),
                // Completed in the previous academic year: 31 August in London.
                delivered("3", "x", "school", "1", "2026-08-31T22:00:00Z"),
                // In the next one: 1 September in London though 31 August in UTC.
                delivered("4", "x", "school", "1", "2027-08-31T23:30:00Z"),
                // Received, not given.
                delivered("5", "school", "x", "1.5", "2026-11-01T12:00:00Z"),
                // Assigned but not delivered yet.
                RequestLifecycle.assign(
                        RequestLifecycle.claim(request("6", "x", "1", "2026-10-01T09:00:00Z"), "c", RULES),
                        "school",
                        RULES));

        DaysLedger ledger = DaysLedger.of("school", YEAR, requests, RULES, LONDON);

        assertThat(ledger.given()).isEqualByComparingTo("5.5");
        assertThat(ledger.received()).isEqualByComparingTo("1.5");
        assertThat(ledger.committed()).isEqualByComparingTo("9");
        assertThat(ledger.outstanding()).isEqualByComparingTo("3.5");
        assertThat(ledger.commitmentMet()).isFalse();
    }

    @Test
    void theCommitmentIsMetAtExactlyTheCommittedDays() {
        List<SupportRequest> requests = List.of(
                delivered("1", "x", "school", "4.5", "2026-10-10T12:00:00Z"),
                delivered("2", "y", "school", "4.5", "2027-01-10T12:00:00Z"));
        DaysLedger ledger = DaysLedger.of("school", YEAR, requests, RULES, LONDON);
        assertThat(ledger.commitmentMet()).isTrue();
        assertThat(ledger.outstanding()).isEqualByComparingTo("0");
    }

    @Test
    void aMemberWithNoSupportOwesAllItsDays() {
        DaysLedger ledger = DaysLedger.of("school", YEAR, List.of(), RULES, LONDON);
        assertThat(ledger.given()).isZero();
        assertThat(ledger.outstanding()).isEqualByComparingTo("9");
    }

    private static SupportRequest deliveredGiving(String id, String provider, String asked, String given, String at) {
        SupportRequest r = RequestLifecycle.claim(request(id, "x", asked, "2026-06-01T09:00:00Z"), "c", RULES);
        if (RequestLifecycle.brokerageRequired(r, RULES)) {
            r = RequestLifecycle.broker(r, RULES);
        }
        r = RequestLifecycle.start(RequestLifecycle.assign(r, provider, RULES), RULES);
        return RequestLifecycle.complete(r, Instant.parse(at), new java.math.BigDecimal(given), RULES);
    }

    @Test
    void theLedgerCountsTheDaysGivenNotTheDaysAsked() {
        List<SupportRequest> requests = List.of(
                deliveredGiving("1", "school", "3", "2", "2026-10-10T12:00:00Z"),
                RequestLifecycle.evaluate(deliveredGiving("2", "school", "4", "0.5", "2027-02-10T12:00:00Z"), RULES),
                // support that fell through after it started: no days given
                deliveredGiving("3", "school", "2", "0", "2027-03-10T12:00:00Z"));

        DaysLedger ledger = DaysLedger.of("school", YEAR, requests, RULES, LONDON);

        assertThat(ledger.given()).isEqualByComparingTo("2.5");
        assertThat(ledger.outstanding()).isEqualByComparingTo("6.5");
        assertThat(DaysLedger.of("x", YEAR, requests, RULES, LONDON).received()).isEqualByComparingTo("2.5");
    }

    @Test
    void givingMoreThanCommittedLeavesNothingOutstanding() {
        List<SupportRequest> requests = List.of(
                deliveredGiving("1", "school", "5", "5", "2026-10-10T12:00:00Z"),
                deliveredGiving("2", "school", "5", "4.5", "2027-01-10T12:00:00Z"));
        DaysLedger ledger = DaysLedger.of("school", YEAR, requests, RULES, LONDON);
        assertThat(ledger.given()).isEqualByComparingTo("9.5");
        assertThat(ledger.outstanding()).isEqualByComparingTo("0");
        assertThat(ledger.commitmentMet()).isTrue();
        // half a day short of the nine is not met
        DaysLedger short1 = DaysLedger.of(
                "school",
                YEAR,
                List.of(
                        deliveredGiving("1", "school", "5", "5", "2026-10-10T12:00:00Z"),
                        deliveredGiving("2", "school", "5", "3.5", "2027-01-10T12:00:00Z")),
                RULES,
                LONDON);
        assertThat(short1.outstanding()).isEqualByComparingTo("0.5");
        assertThat(short1.commitmentMet()).isFalse();
    }

    @Test
    void withNoCommittedDaysNothingIsOwedOrMet() {
        SupportRules none = TestRules.none().build();
        DaysLedger ledger = DaysLedger.of("school", YEAR, List.of(), none, LONDON);
        assertThat(ledger.noCommitment()).isTrue();
        assertThat(ledger.commitmentMet()).isFalse();
        assertThat(ledger.outstanding()).isEqualByComparingTo("0");
        assertThat(DaysLedger.of("school", YEAR, List.of(), RULES, LONDON).noCommitment())
                .isFalse();
    }

    /** Found by a newcomer: support that overran what was asked could not be recorded, so the ledger under-counted. */
    @Test
    void theDaysGivenAreZeroToTheBotsMaximumInHalfDaysAndTheLedgerCountsAnOverrun() {
        SupportRequest running = RequestLifecycle.start(
                RequestLifecycle.assign(
                        RequestLifecycle.claim(request("1", "x", "2", "2026-10-01T09:00:00Z"), "c", RULES),
                        "school",
                        RULES),
                RULES);
        Instant at = Instant.parse("2026-11-01T12:00:00Z");
        assertThat(RequestLifecycle.complete(running, at, java.math.BigDecimal.ZERO, RULES)
                        .daysGiven())
                .isZero();
        SupportRequest overran = RequestLifecycle.complete(running, at, new java.math.BigDecimal("3"), RULES);
        assertThat(overran.daysGiven()).isEqualByComparingTo("3");
        assertThat(DaysLedger.of("school", YEAR, List.of(overran), RULES, LONDON)
                        .given())
                .isEqualByComparingTo("3");
        assertThat(RequestLifecycle.complete(running, at, SupportRequest.MAX_DAYS, RULES)
                        .daysGiven())
                .isEqualByComparingTo("50");
        for (String bad : List.of("-0.5", "50.5", "1.3")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> RequestLifecycle.complete(running, at, new java.math.BigDecimal(bad), RULES))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0 to 50 days");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestLifecycle.complete(running, at, null, RULES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
