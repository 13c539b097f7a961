package org.alliancecompact.model.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MemberStanding;
import org.alliancecompact.model.member.Membership;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.model.time.AcademicYear;

/**
 * The annual fee (Bolton 25: "We will pay £3000 per year to support the operation of the SSIG"): which
 * year's fee is due, and whether it is paid, from the payments recorded. The amount is the profile's
 * {@code support.annualFeePence}; it falls due {@code support.feeDueAfter} after the academic year starts
 * (the seeds give no date). Part payments add up; a payment counts for the academic year it is recorded
 * for, whenever it was made.
 *
 * <p>Who owes: current members only, on the day asked, by the one standing rule the plugin and the bot use
 * ({@link MemberStanding}: not left, not de-designated, an associate within the profile's {@code
 * membership.associateMaxMonths}, Leeds: "associate membership for up to 6 months"; from the day after that
 * allowance a lapsed associate owes nothing and is never overdue), from the academic year they joined in; an
 * organisation that joined after 1 September owes for that year what the profile's {@code support.joinerFee}
 * says ({@link JoinerFee}), and has the same {@code feeDueAfter} to pay counted from the day it joined when
 * it joined after the year's due date (no later than 31 August).
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
     * Where one organisation's fee for {@code year} stands on {@code today}, charging the whole annual fee
     * by the year's own due date (the organisation's membership is not consulted; see {@link
     * #status(Member, Membership, AcademicYear, Collection, SupportRules,
     * LocalDate)}). Overdue from the day after the
     * due date while less than the fee has been paid.
     *
     * @param payments any payments; those of other organisations or other years are ignored
     */
    public static FeeStatus status(
            String memberId, AcademicYear year, Collection<FeePayment> payments, SupportRules rules, LocalDate today) {
        return status(memberId, year, payments, rules.annualFeePence(), dueBy(year, rules), rules, today);
    }

    /**
     * Where {@code member}'s fee for {@code year} stands on {@code today}: {@link FeeStatus.State#NO_FEE}
     * when the alliance charges none, {@link FeeStatus.State#NOT_OWED} when this organisation owes none for
     * the year ({@link #owedPence}), otherwise paid, not yet due or overdue against {@link #dueBy(Member,
     * AcademicYear, SupportRules)}.
     *
     * @param payments any payments; those of other organisations or other years are ignored
     */
    public static FeeStatus status(
            Member member,
            Membership membership,
            AcademicYear year,
            Collection<FeePayment> payments,
            SupportRules rules,
            LocalDate today) {
        if (member == null) {
            throw new IllegalArgumentException("member is required");
        }
        return status(
                member.id(),
                year,
                payments,
                owedPence(member, membership, year, rules, today),
                dueBy(member, year, rules),
                rules,
                today);
    }

    /**
     * What {@code member} owes for {@code year}, in pence: 0 when the alliance charges no fee, when it is
     * not a current member on {@code today} ({@link MemberStanding#of}: left, de-designated, an associate past
     * {@code membership.associateMaxMonths}), or when it joined after the year; the whole fee when it joined on or before
     * 1 September; otherwise as {@code support.joinerFee} says (pro rata by months rounds half up to the
     * penny).
     */
    public static long owedPence(
            Member member, Membership membership, AcademicYear year, SupportRules rules, LocalDate today) {
        if (member == null || membership == null || year == null || rules == null || today == null) {
            throw new IllegalArgumentException("member, membership, year, rules and today are required");
        }
        long fee = rules.annualFeePence();
        LocalDate joined = member.joinedOn();
        if (fee == 0
                || !MemberStanding.of(member, membership, today).actsAsMember()
                || joined.isAfter(year.lastDay())) {
            return 0;
        }
        if (!joined.isAfter(year.firstDay())) {
            return fee;
        }
        return switch (rules.joinerFee()) {
            case FULL_FEE -> fee;
            case FROM_NEXT_YEAR -> 0;
            case PRO_RATA_MONTHS -> {
                // months left counting the joining month: September 12 ... August 1
                long months = ChronoUnit.MONTHS.between(joined.withDayOfMonth(1), year.lastDay()) + 1;
                yield BigDecimal.valueOf(fee)
                        .multiply(BigDecimal.valueOf(months))
                        .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                        .longValueExact();
            }
        };
    }

    /**
     * The date {@code member}'s fee for {@code year} falls due: the year's due date, or, for an organisation
     * that joined after it, the day it joined plus {@code support.feeDueAfter}, no later than 31 August.
     */
    public static LocalDate dueBy(Member member, AcademicYear year, SupportRules rules) {
        if (member == null) {
            throw new IllegalArgumentException("member is required");
        }
        LocalDate yearDue = dueBy(year, rules);
        LocalDate joined = member.joinedOn();
        if (!joined.isAfter(yearDue)) {
            return yearDue;
        }
        LocalDate own = joined.plus(rules.feeDueAfter());
        return own.isAfter(year.lastDay()) ? year.lastDay() : own;
    }

    /** The members, in their order, that owe something for {@code year} on {@code today} ({@link #owedPence} above 0). */
    public static List<Member> owing(
            Collection<Member> members, Membership membership, AcademicYear year, SupportRules rules, LocalDate today) {
        return members.stream()
                .filter(m -> owedPence(m, membership, year, rules, today) > 0)
                .toList();
    }

    private static FeeStatus status(
            String memberId,
            AcademicYear year,
            Collection<FeePayment> payments,
            long due,
            LocalDate dueBy,
            SupportRules rules,
            LocalDate today) {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        List<FeePayment> forYear = (payments == null ? List.<FeePayment>of() : payments)
                .stream()
                        .filter(p -> p.memberId().equals(memberId))
                        .filter(p -> p.academicYear().equals(year))
                        .sorted(Comparator.comparing(FeePayment::paidOn))
                        .toList();
        long paid = forYear.stream().mapToLong(FeePayment::amountPence).sum();
        FeeStatus.State state;
        if (rules.annualFeePence() == 0) {
            state = FeeStatus.State.NO_FEE;
        } else if (due == 0) {
            state = FeeStatus.State.NOT_OWED;
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
