package org.alliancecompact.model.profile;

import java.time.Period;
import java.util.List;
import org.alliancecompact.model.member.Membership;
import org.alliancecompact.model.member.PersonRole;

/**
 * How an alliance admits and signs up members.
 *
 * @param requiredSignatories roles that must all sign an edition (Bolton: HEAD and CHAIR)
 * @param minuteReferenceRequired whether a signature cites a governors'/board minute (Oldham)
 * @param associateMaxMonths how long an associate may stay one before converting or lapsing (Leeds: 6)
 * @param reviewPeriod how often the MOU is reviewed (every seed: a year)
 * @param dataSharingRequiredForVisibility whether seeing other members' register rows needs the data-sharing signature
 * @param reviewReminders how long before an edition's review date the coordinators are reminded that the
 *     review is due (none of the seeds says; the default, a month and a week before, is this product's)
 */
public record MembershipRules(
        List<PersonRole> requiredSignatories,
        boolean minuteReferenceRequired,
        int associateMaxMonths,
        Period reviewPeriod,
        boolean dataSharingRequiredForVisibility,
        List<Period> reviewReminders) {

    /** The reminder lead times when the profile gives none: a month and a week before the review date. */
    public static final List<Period> DEFAULT_REVIEW_REMINDERS = List.of(Period.ofMonths(1), Period.ofDays(7));

    public MembershipRules {
        if (requiredSignatories == null || requiredSignatories.isEmpty()) {
            throw new IllegalArgumentException("membership.requiredSignatories must name at least one role");
        }
        if (requiredSignatories.contains(PersonRole.DEPUTY)) {
            throw new IllegalArgumentException(
                    "membership.requiredSignatories: a deputy cannot be a required signatory");
        }
        if (associateMaxMonths < 0 || associateMaxMonths > 24) {
            throw new IllegalArgumentException("membership.associateMaxMonths must be between 0 and 24");
        }
        if (reviewPeriod == null) {
            reviewPeriod = Period.ofYears(1);
        }
        if (reviewPeriod.isNegative() || reviewPeriod.isZero()) {
            throw new IllegalArgumentException("membership.reviewPeriod must be positive");
        }
        requiredSignatories = List.copyOf(requiredSignatories);
        if (reviewReminders == null) {
            reviewReminders = DEFAULT_REVIEW_REMINDERS;
        }
        for (Period lead : reviewReminders) {
            if (lead == null || lead.isNegative() || lead.isZero()) {
                throw new IllegalArgumentException("membership.reviewReminders: each lead time must be positive");
            }
            // compared as days from one date, so P40D and P1M compare as lengths, not unit by unit
            java.time.LocalDate from = java.time.LocalDate.of(2001, 1, 1);
            if (!from.plus(lead).isBefore(from.plus(reviewPeriod))) {
                throw new IllegalArgumentException("membership.reviewReminders: " + lead
                        + " is not shorter than the review period " + reviewPeriod);
            }
        }
        reviewReminders = List.copyOf(reviewReminders);
    }

    /** The date-dependent membership rules (associate time limit) these settings give. */
    public Membership membership() {
        return new Membership(associateMaxMonths);
    }
}
