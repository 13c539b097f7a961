package org.alliancecompact.model.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one organisation's annual fee for an academic year stands (GET /fees, GET /fees/{memberId}).
 *
 * @param academicYear "2026/27"
 * @param state NO_FEE (the alliance charges none), NOT_OWED (this organisation owes none for the year),
 *     PAID, NOT_YET_DUE or OVERDUE ({@code org.alliancecompact.model.fee.FeeStatus.State})
 * @param duePence what the organisation owes for the year, in pence
 * @param paidPence the sum of the payments recorded for the year, in pence
 * @param outstandingPence what remains to pay, in pence (0 when paid)
 * @param dueBy the day the fee falls due; unpaid after it is overdue
 * @param payments the year's payments, oldest first
 */
public record FeeStatusDto(
        String memberId,
        String memberName,
        String academicYear,
        String state,
        long duePence,
        long paidPence,
        long outstandingPence,
        @IsoTime.AsDate LocalDate dueBy,
        List<FeePaymentDto> payments) {

    public FeeStatusDto {
        payments = payments == null ? List.of() : List.copyOf(payments);
    }
}
