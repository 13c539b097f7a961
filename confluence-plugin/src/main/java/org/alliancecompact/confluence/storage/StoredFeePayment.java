package org.alliancecompact.confluence.storage;

/**
 * A fee payment as stored, with the correcting entry that reversed it, if any (issue 18 review: the ledger
 * stays append-only; a mistake is put right by a reversal, never by editing or deleting the payment).
 *
 * @param id the store's id for the payment, above 0
 * @param record what was recorded
 * @param reversal the reversal, or null while the payment counts
 */
public record StoredFeePayment(long id, FeePaymentRecord record, FeeReversalRecord reversal) {

    public StoredFeePayment {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be above 0");
        }
        if (record == null) {
            throw new IllegalArgumentException("record is required");
        }
        if (reversal != null && reversal.paymentId() != id) {
            throw new IllegalArgumentException("reversal is of payment " + reversal.paymentId() + ", not " + id);
        }
    }

    /** Whether a coordinator has reversed it: it then counts for nothing. */
    public boolean reversed() {
        return reversal != null;
    }
}
