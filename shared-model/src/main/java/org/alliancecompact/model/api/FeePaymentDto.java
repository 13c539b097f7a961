package org.alliancecompact.model.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded payment of the annual fee.
 *
 * @param amountPence the amount in pence
 * @param paidOn the day the money was received
 * @param reference the invoice or remittance reference
 * @param recordedAt when a coordinator recorded it
 */
public record FeePaymentDto(
        long amountPence,
        @IsoTime.AsDate LocalDate paidOn,
        String reference,
        @IsoTime.AsInstant Instant recordedAt) {}
