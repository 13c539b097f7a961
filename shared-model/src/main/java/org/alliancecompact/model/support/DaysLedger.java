package org.alliancecompact.model.support;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import org.alliancecompact.model.time.AcademicYear;

/**
 * One organisation's days in one academic year: given as a provider (delivered support, counted in the
 * year it was completed) against the days it committed (Bolton 21: 9), and received as a requester.
 */
public record DaysLedger(
        String memberId, AcademicYear year, BigDecimal given, BigDecimal committed, BigDecimal received) {

    public DaysLedger {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (year == null || given == null || committed == null || received == null) {
            throw new IllegalArgumentException("year, given, committed and received are required");
        }
    }

    public static DaysLedger of(
            String memberId, AcademicYear year, Collection<SupportRequest> requests, SupportRules rules, ZoneId zone) {
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        for (SupportRequest r : requests) {
            if (!r.status().delivered() || r.completedAt() == null || !year.contains(r.completedAt(), zone)) {
                continue;
            }
            if (memberId.equals(r.providerMemberId())) {
                given = given.add(r.days());
            }
            if (memberId.equals(r.requesterMemberId())) {
                received = received.add(r.days());
            }
        }
        return new DaysLedger(memberId, year, given, rules.committedDaysPerYear(), received);
    }

    /** Days still owed this year; zero once the commitment is met. */
    public BigDecimal outstanding() {
        BigDecimal left = committed.subtract(given);
        return left.signum() > 0 ? left : BigDecimal.ZERO;
    }

    public boolean commitmentMet() {
        return given.compareTo(committed) >= 0;
    }
}
