package org.alliancecompact.model.fee;

import java.time.LocalDate;
import java.util.List;
import org.alliancecompact.model.time.AcademicYear;

/**
 * Whether an organisation has paid its fee for one academic year.
 *
 * @param duePence what the organisation owes for the year (the profile's annual fee, or less for a joiner;
 *     0 when not owed)
 * @param paidPence the sum of the payments recorded for that year
 * @param dueBy the date the fee falls due (the academic year's first day plus the profile's feeDueAfter, or
 *     later for a joiner: see {@link Fees#dueBy(org.alliancecompact.model.member.Member, AcademicYear,
 *     org.alliancecompact.model.support.SupportRules)})
 * @param payments the payments for that year, oldest first
 */
public record FeeStatus(
        String memberId,
        AcademicYear academicYear,
        long duePence,
        long paidPence,
        LocalDate dueBy,
        State state,
        List<FeePayment> payments) {

    /** Where the year's fee stands on a given day. */
    public enum State {
        /** The alliance charges no fee. */
        NO_FEE,
        /**
         * The alliance charges a fee, but this organisation owes none for the year: not a current member,
         * joined after the year, or joined during it where the profile starts joiners' fees the next year.
         */
        NOT_OWED,
        /** Paid in full (or more). */
        PAID,
        /** Not (fully) paid, and the due date has not passed. */
        NOT_YET_DUE,
        /** Not fully paid after the due date: shown to coordinators and the member. */
        OVERDUE
    }

    public FeeStatus {
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /** What remains to pay, in pence; 0 when paid. */
    public long outstandingPence() {
        return Math.max(0, duePence - paidPence);
    }

    /** Whether the fee is unpaid after its due date. */
    public boolean overdue() {
        return state == State.OVERDUE;
    }
}
