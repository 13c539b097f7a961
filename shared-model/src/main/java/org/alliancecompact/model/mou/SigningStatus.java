package org.alliancecompact.model.mou;

/** Where a member organisation stands with the current MOU edition. */
public enum SigningStatus {
    /** No counted signature. */
    NOT_SIGNED,
    /** Some required roles have signed, others have not. */
    PARTLY_SIGNED,
    /** Every required role has signed the current wording. */
    SIGNED,
    /** It had signed, but the edition is past its review date. */
    LAPSED,
    /** A withdrawal was recorded after its signatures. */
    WITHDRAWN
}
