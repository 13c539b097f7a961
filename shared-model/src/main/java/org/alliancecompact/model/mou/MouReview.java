package org.alliancecompact.model.mou;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When an edition is due for review, and when the review reminders go out. Leeds: "This Memorandum of
 * Understanding will be reviewed annually"; Bolton: "These protocols will be reviewed on an annual
 * basis". The period and the reminder lead times are profile data ({@code membership.reviewPeriod},
 * default a year; {@code membership.reviewReminders}, default a month and a week before).
 */
public final class MouReview {

    private MouReview() {}

    /**
     * The review date of an edition taking effect on {@code effectiveDate}: the day before the
     * anniversary (a year from 1 September 2026 is due by 31 August 2027).
     *
     * @throws IllegalArgumentException when the date is missing or the period is not positive
     */
    public static LocalDate reviewDate(LocalDate effectiveDate, Period reviewPeriod) {
        if (effectiveDate == null) {
            throw new IllegalArgumentException("effectiveDate is required");
        }
        if (reviewPeriod == null || reviewPeriod.isNegative() || reviewPeriod.isZero()) {
            throw new IllegalArgumentException("reviewPeriod must be positive");
        }
        return effectiveDate.plus(reviewPeriod).minusDays(1);
    }

    /**
     * A reminder due: the lead time it is for (the nearest one reached) and every lead time it stands
     * for (those reached together, when no run happened in between).
     */
    public record Reminder(Period lead, List<Period> covers) {}

    /**
     * The review reminder due on {@code today} for {@code edition}, if any: from the day {@code lead}
     * before the review date up to the review date itself. Empty before the longest lead and after the
     * review date (the edition has then lapsed; signatures stop counting, see {@link SigningRules}).
     */
    public static Optional<Reminder> reminderDue(MouEdition edition, LocalDate today, Collection<Period> leads) {
        if (edition == null) {
            throw new IllegalArgumentException("edition is required");
        }
        return reminderDue(edition.reviewDate(), today, leads);
    }

    /** As {@link #reminderDue(MouEdition, LocalDate, Collection)} for an edition due for review by {@code reviewDate}. */
    public static Optional<Reminder> reminderDue(LocalDate reviewDate, LocalDate today, Collection<Period> leads) {
        if (reviewDate == null || today == null || leads == null) {
            throw new IllegalArgumentException("reviewDate, today and leads are required");
        }
        if (today.isAfter(reviewDate)) {
            return Optional.empty();
        }
        List<Period> reached = leads.stream()
                .filter(l -> !today.isBefore(reviewDate.minus(l)))
                .sorted(Comparator.comparing(l -> reviewDate.minus(l)))
                .toList();
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        // the latest-starting lead reached is the nearest to the review date
        return Optional.of(new Reminder(reached.get(reached.size() - 1), reached));
    }
}
