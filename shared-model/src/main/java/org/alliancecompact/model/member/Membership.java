package org.alliancecompact.model.member;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Membership rules that depend on the date. Associate membership is time-limited (Leeds MOU: "up to 6
 * months") from joining, then the organisation converts to full membership or lapses.
 *
 * <p>"Up to N months" is read inclusively: an associate who joined on 15 January with a six-month
 * limit is still an associate on 15 July and has lapsed on 16 July. Month arithmetic follows
 * {@link LocalDate#plusMonths}: 31 August plus six months is 28 (or 29) February.
 *
 * @param associateMaxMonths the profile's {@code membership.associateMaxMonths}
 * @param expiryWarningDays how many days before the limit an associate counts as expiring (30)
 */
public record Membership(int associateMaxMonths, int expiryWarningDays) {

    public static final int DEFAULT_WARNING_DAYS = 30;

    public Membership {
        if (associateMaxMonths < 0) {
            throw new IllegalArgumentException("associateMaxMonths must be 0 or more");
        }
        if (expiryWarningDays < 0) {
            throw new IllegalArgumentException("expiryWarningDays must be 0 or more");
        }
    }

    public Membership(int associateMaxMonths) {
        this(associateMaxMonths, DEFAULT_WARNING_DAYS);
    }

    /** The last day an associate who joined on {@code joinedOn} is still an associate. */
    public LocalDate associateLastDay(LocalDate joinedOn) {
        return joinedOn.plusMonths(associateMaxMonths);
    }

    /** The last day {@code member} may remain an associate. Only meaningful for associates. */
    public LocalDate associateLastDay(Member member) {
        requireAssociate(member);
        return associateLastDay(member.joinedOn());
    }

    /** Current, expiring (within the warning period) or expired, for an associate on {@code date}. */
    public AssociateStanding standing(Member member, LocalDate date) {
        requireAssociate(member);
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        LocalDate lastDay = associateLastDay(member.joinedOn());
        if (date.isAfter(lastDay)) {
            return AssociateStanding.EXPIRED;
        }
        long daysLeft = ChronoUnit.DAYS.between(date, lastDay);
        return daysLeft <= expiryWarningDays ? AssociateStanding.EXPIRING : AssociateStanding.CURRENT;
    }

    /**
     * The state that applies on {@code date}: the stored state, except that an associate past its limit
     * has lapsed and counts as {@link MembershipState#LEFT}.
     */
    public MembershipState effectiveState(Member member, LocalDate date) {
        if (member.state() == MembershipState.ASSOCIATE && standing(member, date) == AssociateStanding.EXPIRED) {
            return MembershipState.LEFT;
        }
        return member.state();
    }

    /** Whether the organisation is a member (full, or associate within its limit) on {@code date}. */
    public boolean isMemberOn(Member member, LocalDate date) {
        if (date.isBefore(member.joinedOn())) {
            return false;
        }
        MembershipState state = effectiveState(member, date);
        return state == MembershipState.FULL || state == MembershipState.ASSOCIATE;
    }

    private static void requireAssociate(Member member) {
        if (member == null) {
            throw new IllegalArgumentException("member is required");
        }
        if (member.state() != MembershipState.ASSOCIATE) {
            throw new IllegalArgumentException(
                    "state: " + member.id() + " is " + member.state() + ", not an associate");
        }
    }
}
