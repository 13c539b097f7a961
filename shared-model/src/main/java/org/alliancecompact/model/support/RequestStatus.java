package org.alliancecompact.model.support;

/**
 * Where a support request stands. Every request goes to the improvement group first (Bolton 27), so a
 * new request is SUBMITTED; see {@link RequestLifecycle} for the legal moves.
 */
public enum RequestStatus {
    SUBMITTED,
    CLAIMED,
    BROKERED,
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    EVALUATED,
    DECLINED,
    WITHDRAWN;

    /** Still open: may be declined or withdrawn. */
    public boolean open() {
        return switch (this) {
            case SUBMITTED, CLAIMED, BROKERED, ASSIGNED, IN_PROGRESS -> true;
            case COMPLETED, EVALUATED, DECLINED, WITHDRAWN -> false;
        };
    }

    /** The support was delivered: its days count as given by the provider. */
    public boolean delivered() {
        return this == COMPLETED || this == EVALUATED;
    }
}
