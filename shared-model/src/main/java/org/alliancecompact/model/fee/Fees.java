package org.alliancecompact.model.fee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.model.time.AcademicYear;

/**
 * The annual fee (Bolton 25: "We will pay £3000 per year to support the operation of the SSIG"): which
 * year's fee is due, and whether it is paid, from the payments recorded. The amount is the profile's
 * {@code support.annualFeePence}; it falls due {@code support.feeDueAfter} after the academic year starts
 * (the seeds give no date). Part payments add up; a payment counts for the academic year it is recorded
 * for, whenever it was made.
 */
public final class Fees {

    private Fees() {}

    /** The academic year whose fee is current on {@code today}: the year {@code today} falls in. */
    public static AcademicYear currentYear(LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        return AcademicYear.containing(today);
    }

    /** The date the fee for {@code year} falls due. */
    public static LocalDate dueBy(AcademicYear year, SupportRules rules) {
        if (year == null || rules == null) {
            throw new IllegalArgumentException("year and rules are required");
        }
        return year.firstDay().plus(rules.feeDueAfter());
    }

    /**
     * Where one organisation's fee for {@code year} stands on {@code today}. Overdue from the day after
     * the due date while less than the fee has been paid.
     *
     * @param payments any payments; those of other organisations or other years are ignored
     */
    public static FeeStatus status(
            String memberId, AcademicYear year, Collection<FeePayment> payments, SupportRules rules, LocalDate today) {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        LocalDate dueBy = dueBy(year, rules);
        List<FeePayment> forYear = (payments == null ? List.<FeePayment>of() : payments)
                .stream()
                        .filter(p -> p.memberId().equals(memberId))
                        .filter(p -> p.academicYear().equals(year))
                        .sorted(Comparator.comparing(FeePayment::paidOn))
                        .toList();
        long paid = forYear.stream().mapToLong(FeePayment::amountPence).sum();
        long due = rules.annualFeePence();
        FeeStatus.State state;
        if (due == 0) {
            state = FeeStatus.State.NO_FEE;
        } else if (paid >= due) {
            state = FeeStatus.State.PAID;
        } else if (today.isAfter(dueBy)) {
            state = FeeStatus.State.OVERDUE;
        } else {
            state = FeeStatus.State.NOT_YET_DUE;
        }
        return new FeeStatus(memberId, year, due, paid, dueBy, state, forYear);
    }

    /** The organisations among {@code memberIds}, in their order, whose fee for {@code year} is overdue on {@code today}. */
    public static List<FeeStatus> overdue(
            Collection<String> memberIds,
            AcademicYear year,
            Collection<FeePayment> payments,
            SupportRules rules,
            LocalDate today) {
        return memberIds.stream()
                .map(id -> status(id, year, payments, rules, today))
                .filter(FeeStatus::overdue)
                .toList();
    }
}
