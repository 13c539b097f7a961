package org.alliancecompact.model.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * One decision placing a member organisation in a support category (Oldham MOU: Universal, Targeted or
 * Intensive). Immutable: a change of category is a new assignment appended to the {@link RegisterHistory}.
 *
 * @param memberId the organisation categorised
 * @param category the support category
 * @param criteria codes of the profile's {@link CriterionDefinition}s ticked as evidence (may be empty)
 * @param setBy who set it (a coordinator's email or name)
 * @param setAt when it was set
 * @param reason why, in the coordinator's words: required, because the register is reviewed and challenged
 * @param nextReview the date by which the category is to be reviewed again
 */
public record CategoryAssignment(
        String memberId,
        SupportCategory category,
        Set<String> criteria,
        String setBy,
        Instant setAt,
        String reason,
        LocalDate nextReview) {

    /** Long enough for a paragraph, short enough for a register cell. */
    public static final int MAX_REASON_LENGTH = 2000;

    public CategoryAssignment {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (category == null) {
            throw new IllegalArgumentException("category is required (INTENSIVE, TARGETED or UNIVERSAL)");
        }
        if (criteria == null) {
            criteria = Set.of();
        }
        for (String code : criteria) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("criteria must not contain a blank code");
            }
        }
        if (setBy == null || setBy.isBlank()) {
            throw new IllegalArgumentException("setBy is required");
        }
        if (setAt == null) {
            throw new IllegalArgumentException("setAt is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required: say why this category was set");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON_LENGTH + " characters");
        }
        if (nextReview == null) {
            throw new IllegalArgumentException("nextReview is required");
        }
        // Sorted so that equal assignments print and serialise the same way.
        criteria = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(criteria));
        reason = reason.strip();
    }

    /**
     * A new assignment checked against the alliance's register rules: every criterion code must exist in
     * the profile and be evidence for the chosen category. Without a {@code nextReview} the review falls
     * due {@code reviewInterval} after the date it was set (in {@code zone}); a given one may not lie
     * before that date.
     */
    public static CategoryAssignment create(
            String memberId,
            SupportCategory category,
            Set<String> criteria,
            String setBy,
            Instant setAt,
            String reason,
            LocalDate nextReview,
            RegisterRules rules,
            ZoneId zone) {
        if (rules == null || zone == null) {
            throw new IllegalArgumentException("register rules and time zone are required");
        }
        if (setAt == null) {
            throw new IllegalArgumentException("setAt is required");
        }
        Set<String> codes = criteria == null ? Set.of() : criteria;
        for (String code : codes) {
            CriterionDefinition definition = rules.criterion(code)
                    .orElseThrow(() -> new IllegalArgumentException("criteria: unknown criterion code '" + code + "'"));
            if (category != null && definition.category() != category) {
                throw new IllegalArgumentException(
                        "criteria: '" + code + "' is evidence for " + definition.category() + ", not " + category);
            }
        }
        LocalDate setOn = setAt.atZone(zone).toLocalDate();
        LocalDate review = nextReview == null ? setOn.plus(rules.reviewInterval()) : nextReview;
        if (review.isBefore(setOn)) {
            throw new IllegalArgumentException("nextReview " + review + " lies before the date it is set, " + setOn);
        }
        return new CategoryAssignment(memberId, category, codes, setBy, setAt, reason, review);
    }

    /** Due for review on {@code date}: the review date has arrived. */
    public boolean reviewDue(LocalDate date) {
        return !date.isBefore(nextReview);
    }

    /** Overdue on {@code date}: the review date has passed without a new assignment. */
    public boolean reviewOverdue(LocalDate date) {
        return date.isAfter(nextReview);
    }
}
