package org.alliancecompact.model.api;

import java.time.Instant;
import org.alliancecompact.model.mou.Withdrawal;

/** A recorded withdrawal from the MOU, in the REST contract ({@code withdrawnAt} as an ISO-8601 instant). */
public record WithdrawalDto(
        String id, String memberId, @IsoTime.AsInstant Instant withdrawnAt, String recordedBy, String reason) {

    public static WithdrawalDto from(Withdrawal w) {
        return new WithdrawalDto(w.id(), w.memberId(), w.withdrawnAt(), w.recordedBy(), w.reason());
    }
}
