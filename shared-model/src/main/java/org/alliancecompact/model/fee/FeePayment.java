package org.alliancecompact.model.fee;

import java.time.LocalDate;
import org.alliancecompact.model.time.AcademicYear;

/**
 * One payment of an organisation's annual fee (Bolton 25: "We will pay £3000 per year to support the
 * operation of the SSIG"), as a coordinator records it.
 *
 * @param academicYear the year the payment is for (not necessarily the year it was paid in)
 * @param amountPence the amount in pence, 1 to {@link #MAX_AMOUNT_PENCE}
 * @param paidOn the date the money was received
 * @param reference the payment's reference (invoice or remittance number), 1-100 characters
 */
public record FeePayment(
        String memberId, AcademicYear academicYear, long amountPence, LocalDate paidOn, String reference) {

    public static final int MAX_REFERENCE_LENGTH = 100;

    /**
     * £1,000,000: far above any alliance's annual fee (Bolton 25: £3,000), so a mistyped amount (pounds
     * entered as pence times 100, an extra digit) is refused rather than stored.
     */
    public static final long MAX_AMOUNT_PENCE = 100_000_000L;

    public FeePayment {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("memberId is required");
        }
        if (academicYear == null) {
            throw new IllegalArgumentException("academicYear is required");
        }
        if (amountPence <= 0 || amountPence > MAX_AMOUNT_PENCE) {
            throw new IllegalArgumentException(
                    "amountPence must be more than 0 and at most " + MAX_AMOUNT_PENCE + " (£1,000,000)");
        }
        if (paidOn == null) {
            throw new IllegalArgumentException("paidOn is required");
        }
        reference = reference == null ? "" : reference.strip();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE_LENGTH) {
            throw new IllegalArgumentException(
                    "reference is required, at most " + MAX_REFERENCE_LENGTH + " characters");
        }
    }
}
