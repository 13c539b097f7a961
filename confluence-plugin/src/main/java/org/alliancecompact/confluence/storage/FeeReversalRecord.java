package org.alliancecompact.confluence.storage;

import java.time.Instant;

/**
 * The correcting entry for a fee payment recorded by mistake (wrong amount, organisation or year; issue 18
 * review). An accountant's reversal: its own row referring to the payment, which is never edited. A reversed
 * payment no longer counts towards what is paid, and its reference may be recorded again.
 *
 * @param paymentId the reversed payment's id ({@link StoredFeePayment#id()})
 * @param reason why, in the coordinator's words, 1-{@value #MAX_REASON_LENGTH} characters, stripped
 * @param recordedBy the Confluence user key of the coordinator who reversed it, 1-255 characters
 * @param recordedAt when the reversal was recorded
 */
public record FeeReversalRecord(long paymentId, String reason, String recordedBy, Instant recordedAt) {

    /** Room for a sentence or two ("Ladybridge's payment, recorded against Smithills by mistake"). */
    public static final int MAX_REASON_LENGTH = 300;

    public FeeReversalRecord {
        if (paymentId <= 0) {
            throw new IllegalArgumentException("paymentId must be a stored payment's id");
        }
        reason = reason(reason);
        if (recordedBy == null
                || recordedBy.isBlank()
                || recordedBy.length() > FeePaymentRecord.MAX_RECORDED_BY_LENGTH) {
            throw new IllegalArgumentException(
                    "recordedBy is required, at most " + FeePaymentRecord.MAX_RECORDED_BY_LENGTH + " characters");
        }
        if (recordedAt == null) {
            throw new IllegalArgumentException("recordedAt is required");
        }
    }

    /**
     * {@code text} stripped, as a reversal stores it; IllegalArgumentException ("reason is required ...")
     * when it is missing, blank or longer than {@value #MAX_REASON_LENGTH} characters. Lets a caller check the
     * reason before it looks the payment up.
     */
    public static String reason(String text) {
        String reason = text == null ? "" : text.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("reason is required, at most " + MAX_REASON_LENGTH + " characters");
        }
        return reason;
    }
}
