package org.alliancecompact.model.api;

import java.time.LocalDate;

/**
 * Body of {@code POST /fees/{memberId}/payments}: a coordinator records a payment of the annual fee (Bolton
 * 25: "We will pay £3000 per year to support the operation of the SSIG").
 *
 * @param academicYear the year the payment is for, "2026/27"
 * @param amountPence the amount in pence, 1 to {@code FeePayment.MAX_AMOUNT_PENCE}
 * @param paidOn the day the money was received, not after today
 * @param reference the invoice or remittance reference, 1-100 characters
 */
public record FeePaymentRequest(
        String academicYear,
        Long amountPence,
        @IsoTime.AsDate LocalDate paidOn,
        String reference) {}
