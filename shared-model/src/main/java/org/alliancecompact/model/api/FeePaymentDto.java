package org.alliancecompact.model.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded payment of the annual fee, with its reversal when a coordinator has reversed it (a reversed
 * payment stays in the history and no longer counts towards what is paid).
 *
 * @param id the payment's id, for {@code POST /fees/{memberId}/payments/{id}/reversal}
 * @param amountPence the amount in pence
 * @param paidOn the day the money was received
 * @param reference the invoice or remittance reference
 * @param recordedAt when a coordinator recorded it
 * @param reversal the correcting entry that reversed it, or null while it counts
 */
public record FeePaymentDto(
        long id,
        long amountPence,
        @IsoTime.AsDate LocalDate paidOn,
        String reference,
        @IsoTime.AsInstant Instant recordedAt,
        FeeReversalDto reversal) {}
