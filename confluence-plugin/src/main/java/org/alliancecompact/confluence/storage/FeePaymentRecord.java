package org.alliancecompact.confluence.storage;

import java.time.Instant;
import org.alliancecompact.model.fee.FeePayment;

/**
 * A fee payment as a coordinator recorded it (issue 18, finding 5; Bolton 25: "We will pay £3000 per year
 * to support the operation of the SSIG"). Append-only: a mistake is put right by a correcting entry
 * ({@link FeeReversalRecord}), never by editing the stored row.
 *
 * @param payment what was paid, for which organisation and academic year
 * @param recordedBy the Confluence user key of the coordinator who recorded it, 1-255 characters
 * @param recordedAt when it was recorded
 */
public record FeePaymentRecord(FeePayment payment, String recordedBy, Instant recordedAt) {

    public static final int MAX_RECORDED_BY_LENGTH = 255;

    public FeePaymentRecord {
        if (payment == null) {
            throw new IllegalArgumentException("payment is required");
        }
        if (recordedBy == null || recordedBy.isBlank() || recordedBy.length() > MAX_RECORDED_BY_LENGTH) {
            throw new IllegalArgumentException(
                    "recordedBy is required, at most " + MAX_RECORDED_BY_LENGTH + " characters");
        }
        if (recordedAt == null) {
            throw new IllegalArgumentException("recordedAt is required");
        }
    }
}
