package org.alliancecompact.model.support;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import org.alliancecompact.model.time.AcademicYear;

/**
 * One organisation's days in one academic year: given as a provider (the days actually given on delivered support,
 * counted in the academic year it was completed, 1 September to 31 August in the alliance's time zone) against the
 * days it committed (Bolton 21: "a minimum of 9 days of staff time each academic year"), what is still outstanding,
 * and the days received as a requester. All in days, half-day steps.
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
                given = given.add(r.daysDelivered());
            }
            if (memberId.equals(r.requesterMemberId())) {
                received = received.add(r.daysDelivered());
            }
        }
        return new DaysLedger(memberId, year, given, rules.committedDaysPerYear(), received);
    }

    /** Days still owed this year: committed less given, never below zero (zero once the commitment is met). */
    public BigDecimal outstanding() {
        BigDecimal left = committed.subtract(given);
        return left.signum() > 0 ? left : BigDecimal.ZERO;
    }

    /** The alliance fixes no committed days: there is nothing to meet or owe. */
    public boolean noCommitment() {
        return committed.signum() == 0;
    }

    /** Days were committed and the days given reach them; false when nothing is committed. */
    public boolean commitmentMet() {
        return !noCommitment() && given.compareTo(committed) >= 0;
    }
}
