package org.alliancecompact.model.support;

import static org.alliancecompact.model.support.RequestStatus.ASSIGNED;
import static org.alliancecompact.model.support.RequestStatus.BROKERED;
import static org.alliancecompact.model.support.RequestStatus.CLAIMED;
import static org.alliancecompact.model.support.RequestStatus.COMPLETED;
import static org.alliancecompact.model.support.RequestStatus.DECLINED;
import static org.alliancecompact.model.support.RequestStatus.EVALUATED;
import static org.alliancecompact.model.support.RequestStatus.IN_PROGRESS;
import static org.alliancecompact.model.support.RequestStatus.SUBMITTED;
import static org.alliancecompact.model.support.RequestStatus.WITHDRAWN;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The legal moves of a support request:
 *
 * <pre>
 * SUBMITTED → CLAIMED → (BROKERED, required above the brokerage threshold) → ASSIGNED → IN_PROGRESS
 *           → COMPLETED → EVALUATED
 * any open state → DECLINED or WITHDRAWN, with a reason
 * </pre>
 *
 * Brokerage is required when the days asked for are MORE than the profile's threshold (Exceed 21:
 * "more than two-days"), so 2 days with a threshold of 2 need none and 2.5 do; a threshold of 0 brokers every
 * request (Oldham role 2 and 3d: pooled resources allocated by need).
 */
public final class RequestLifecycle {

    private RequestLifecycle() {}

    public static boolean brokerageRequired(BigDecimal days, SupportRules rules) {
        return days.compareTo(rules.brokerageThresholdDays()) > 0;
    }

    public static boolean brokerageRequired(SupportRequest request, SupportRules rules) {
        return brokerageRequired(request.days(), rules);
    }

    /** The states {@code request} may move to next. */
    public static Set<RequestStatus> nextStates(SupportRequest request, SupportRules rules) {
        Set<RequestStatus> next = EnumSet.noneOf(RequestStatus.class);
        for (RequestStatus to : RequestStatus.values()) {
            if (refusal(request, to, rules).isEmpty()) {
                next.add(to);
            }
        }
        return next;
    }

    /** Why the move to {@code to} is not allowed, or empty when it is. */
    public static Optional<String> refusal(SupportRequest request, RequestStatus to, SupportRules rules) {
        RequestStatus from = request.status();
        if (to == DECLINED || to == WITHDRAWN) {
            return from.open()
                    ? Optional.empty()
                    : Optional.of("The request is already " + name(from) + " and can no longer be " + name(to) + ".");
        }
        boolean required = brokerageRequired(request, rules);
        boolean legal = switch (to) {
            case CLAIMED -> from == SUBMITTED;
            case BROKERED -> from == CLAIMED;
            case ASSIGNED -> from == BROKERED || (from == CLAIMED && !required);
            case IN_PROGRESS -> from == ASSIGNED;
            case COMPLETED -> from == IN_PROGRESS;
            case EVALUATED -> from == COMPLETED;
            default -> false;
        };
        if (legal) {
            return Optional.empty();
        }
        if (to == ASSIGNED && from == CLAIMED) {
            return Optional.of((rules.everyRequestBrokered()
                            ? "Every request is brokered"
                            : "This request is for "
                                    + request.days().stripTrailingZeros().toPlainString()
                                    + " days, more than "
                                    + rules.brokerageThresholdDays()
                                            .stripTrailingZeros()
                                            .toPlainString())
                    + ": " + rules.improvementGroupName() + " must broker it before a provider is assigned.");
        }
        if (from == to) {
            return Optional.of("The request is already " + name(from) + ".");
        }
        return Optional.of("The request is " + name(from) + ", so it cannot be " + name(to) + " now.");
    }

    /**
     * When the requester's evaluation became overdue, if it is overdue at {@code at}: a COMPLETED
     * request not yet evaluated, the profile's {@link SupportRules#evaluationDue()} after completion
     * (overdue from that instant on). Empty for every other state, evaluated requests included.
     */
    public static Optional<Instant> evaluationOverdueSince(SupportRequest r, SupportRules rules, Instant at) {
        if (r == null || rules == null || at == null) {
            throw new IllegalArgumentException("request, rules and at are required");
        }
        if (r.status() != COMPLETED) {
            return Optional.empty();
        }
        Instant due = r.completedAt().plus(rules.evaluationDue());
        return at.isBefore(due) ? Optional.empty() : Optional.of(due);
    }

    /** A coordinator takes the request on. */
    public static SupportRequest claim(SupportRequest r, String coordinator, SupportRules rules) {
        requireText(coordinator, "claimedBy");
        check(r, CLAIMED, rules);
        return r.with(CLAIMED, coordinator.strip(), null, null, null);
    }

    public static SupportRequest broker(SupportRequest r, SupportRules rules) {
        check(r, BROKERED, rules);
        return r.with(BROKERED, r.claimedBy(), null, null, null);
    }

    public static SupportRequest assign(SupportRequest r, String providerMemberId, SupportRules rules) {
        requireText(providerMemberId, "providerMemberId");
        if (providerMemberId.strip().equals(r.requesterMemberId())) {
            throw new IllegalArgumentException("providerMemberId: an organisation cannot support itself");
        }
        check(r, ASSIGNED, rules);
        return r.with(ASSIGNED, r.claimedBy(), providerMemberId.strip(), null, null);
    }

    public static SupportRequest start(SupportRequest r, SupportRules rules) {
        check(r, IN_PROGRESS, rules);
        return r.with(IN_PROGRESS, r.claimedBy(), r.providerMemberId(), null, null);
    }

    /** The support is done, and all the days asked for were given. */
    public static SupportRequest complete(SupportRequest r, Instant at, SupportRules rules) {
        return complete(r, at, r == null ? null : r.days(), rules);
    }

    /**
     * The support is done; {@code daysGiven} is what the provider actually gave, which the days ledger counts
     * (Bolton 21: days of staff time given), 0 to {@link SupportRequest#MAX_DAYS} in half-day steps, more than asked
     * when the support overran
     * ({@link SupportRequest#daysGivenFit}).
     *
     * @throws IllegalArgumentException when {@code daysGiven} does not fit
     */
    public static SupportRequest complete(SupportRequest r, Instant at, BigDecimal daysGiven, SupportRules rules) {
        if (at == null) {
            throw new IllegalArgumentException("completedAt is required");
        }
        check(r, COMPLETED, rules);
        if (!SupportRequest.daysGivenFit(r.days(), daysGiven)) {
            throw new IllegalArgumentException(
                    "daysGiven must be 0 to " + SupportRequest.MAX_DAYS.toPlainString() + " days, in half-day steps");
        }
        return r.with(COMPLETED, r.claimedBy(), r.providerMemberId(), null, at, daysGiven);
    }

    public static SupportRequest evaluate(SupportRequest r, SupportRules rules) {
        check(r, EVALUATED, rules);
        return r.with(EVALUATED, r.claimedBy(), r.providerMemberId(), null, r.completedAt());
    }

    /** The improvement group declines the request; the reason goes back to the requester. */
    public static SupportRequest decline(SupportRequest r, String reason, SupportRules rules) {
        requireText(reason, "reason");
        check(r, DECLINED, rules);
        return r.with(DECLINED, r.claimedBy(), r.providerMemberId(), reason.strip(), null);
    }

    /** The requester withdraws the request. */
    public static SupportRequest withdraw(SupportRequest r, String reason, SupportRules rules) {
        requireText(reason, "reason");
        check(r, WITHDRAWN, rules);
        return r.with(WITHDRAWN, r.claimedBy(), r.providerMemberId(), reason.strip(), null);
    }

    private static void check(SupportRequest r, RequestStatus to, SupportRules rules) {
        if (r == null || rules == null) {
            throw new IllegalArgumentException("request and rules are required");
        }
        Optional<String> refusal = refusal(r, to, rules);
        if (refusal.isPresent()) {
            throw new IllegalTransitionException(r.status(), to, refusal.get());
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static String name(RequestStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
