package org.alliancecompact.model.support;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A member's request for school-to-school support, and where it has got to. Immutable: moves go through
 * {@link RequestLifecycle}, which returns the changed request.
 *
 * @param id stable identifier
 * @param requesterMemberId the organisation asking for support
 * @param focus what the support is for (non-blank, at most 500 characters)
 * @param days days of support asked for: more than 0, at most {@link #MAX_DAYS}, in half-day steps
 * @param preferredProviderMemberId an organisation the requester would like to provide it (optional)
 * @param submittedAt when it was submitted
 * @param status where it stands
 * @param claimedBy the coordinator who claimed it (null before CLAIMED)
 * @param providerMemberId the organisation assigned to provide it (null before ASSIGNED)
 * @param closingReason why it was declined or withdrawn (null otherwise)
 * @param completedAt when the support was completed (null before COMPLETED)
 * @param daysGiven days of support the provider actually gave, asked when the request is completed: 0 to
 *     {@code days}, in half-day steps; null before COMPLETED, and null on requests completed before the bot asked
 *     (then {@link #daysDelivered()} counts the days asked for)
 */
public record SupportRequest(
        String id,
        String requesterMemberId,
        String focus,
        BigDecimal days,
        String preferredProviderMemberId,
        Instant submittedAt,
        RequestStatus status,
        String claimedBy,
        String providerMemberId,
        String closingReason,
        Instant completedAt,
        BigDecimal daysGiven) {

    public static final int MAX_FOCUS_LENGTH = 500;
    /** A sanity bound: a request for more than a term of days is a programme, not a request. */
    public static final BigDecimal MAX_DAYS = new BigDecimal("50");

    private static final BigDecimal HALF = new BigDecimal("0.5");

    public SupportRequest {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (requesterMemberId == null || requesterMemberId.isBlank()) {
            throw new IllegalArgumentException("requesterMemberId is required");
        }
        if (focus == null || focus.isBlank()) {
            throw new IllegalArgumentException("focus is required: say what the support is for");
        }
        focus = focus.strip();
        if (focus.length() > MAX_FOCUS_LENGTH) {
            throw new IllegalArgumentException("focus must be at most " + MAX_FOCUS_LENGTH + " characters");
        }
        checkDays(days);
        preferredProviderMemberId = preferredProviderMemberId == null || preferredProviderMemberId.isBlank()
                ? null
                : preferredProviderMemberId.strip();
        if (requesterMemberId.equals(preferredProviderMemberId)) {
            throw new IllegalArgumentException("preferredProviderMemberId: an organisation cannot support itself");
        }
        if (submittedAt == null) {
            throw new IllegalArgumentException("submittedAt is required");
        }
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (providerMemberId != null && providerMemberId.equals(requesterMemberId)) {
            throw new IllegalArgumentException("providerMemberId: an organisation cannot support itself");
        }
        // Invariants of stored requests: what a state has been through must be recorded.
        boolean providerNeeded = switch (status) {
            case ASSIGNED, IN_PROGRESS, COMPLETED, EVALUATED -> true;
            default -> false;
        };
        if (providerNeeded && (providerMemberId == null || providerMemberId.isBlank())) {
            throw new IllegalArgumentException("providerMemberId is required when a request is " + status);
        }
        if (status.delivered() && completedAt == null) {
            throw new IllegalArgumentException("completedAt is required when a request is " + status);
        }
        if ((status == RequestStatus.DECLINED || status == RequestStatus.WITHDRAWN)
                && (closingReason == null || closingReason.isBlank())) {
            throw new IllegalArgumentException("closingReason is required when a request is " + status);
        }
        if (daysGiven != null) {
            if (!status.delivered()) {
                throw new IllegalArgumentException("daysGiven is only recorded when a request is completed");
            }
            if (!daysGivenFit(days, daysGiven)) {
                throw new IllegalArgumentException(
                        "daysGiven must be 0 to " + MAX_DAYS.toPlainString() + " days, in half-day steps");
            }
        }
    }

    /**
     * Whether {@code given} days may be recorded as given on a request for {@code asked} days: from 0 (the support
     * fell through after it started) to {@link #MAX_DAYS}, in half-day steps like the request itself (Bolton 21
     * counts days of staff time). More than asked is allowed: support that overran is still given, and the days
     * ledger must count it.
     */
    public static boolean daysGivenFit(BigDecimal asked, BigDecimal given) {
        return given != null
                && given.signum() >= 0
                && given.compareTo(MAX_DAYS) <= 0
                && given.remainder(HALF).signum() == 0;
    }

    /**
     * The days this request counts as delivered in the days ledger: the days given when recorded, else (requests
     * completed before the bot asked) the days asked for; zero when not delivered.
     */
    public BigDecimal daysDelivered() {
        if (!status.delivered()) {
            return BigDecimal.ZERO;
        }
        return daysGiven != null ? daysGiven : days;
    }

    /** A new request, SUBMITTED to the improvement group. */
    public static SupportRequest submit(
            String id,
            String requesterMemberId,
            String focus,
            BigDecimal days,
            String preferredProviderMemberId,
            Instant submittedAt) {
        return new SupportRequest(
                id,
                requesterMemberId,
                focus,
                days,
                preferredProviderMemberId,
                submittedAt,
                RequestStatus.SUBMITTED,
                null,
                null,
                null,
                null,
                null);
    }

    /** Days must be positive, at most {@link #MAX_DAYS}, in half-day steps. */
    public static void checkDays(BigDecimal days) {
        if (days == null) {
            throw new IllegalArgumentException("days is required");
        }
        if (days.signum() <= 0) {
            throw new IllegalArgumentException("days must be more than 0");
        }
        if (days.compareTo(MAX_DAYS) > 0) {
            throw new IllegalArgumentException("days must be at most " + MAX_DAYS);
        }
        if (days.remainder(HALF).signum() != 0) {
            throw new IllegalArgumentException("days must be in half-day steps (such as 1, 1.5 or 2)");
        }
    }

    SupportRequest with(
            RequestStatus newStatus, String newClaimedBy, String newProvider, String reason, Instant newCompletedAt) {
        return with(
                newStatus, newClaimedBy, newProvider, reason, newCompletedAt, newStatus.delivered() ? daysGiven : null);
    }

    SupportRequest with(
            RequestStatus newStatus,
            String newClaimedBy,
            String newProvider,
            String reason,
            Instant newCompletedAt,
            BigDecimal newDaysGiven) {
        return new SupportRequest(
                id,
                requesterMemberId,
                focus,
                days,
                preferredProviderMemberId,
                submittedAt,
                newStatus,
                newClaimedBy,
                newProvider,
                reason,
                newCompletedAt,
                newDaysGiven);
    }
}
