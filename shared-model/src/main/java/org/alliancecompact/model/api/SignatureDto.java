package org.alliancecompact.model.api;

import java.time.Instant;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.Signature;

/** A recorded signature, in the REST contract ({@code signedAt} as an ISO-8601 instant). */
public record SignatureDto(
        String id,
        String editionId,
        String editionFingerprint,
        String memberId,
        String personEmail,
        String personName,
        PersonRole role,
        @IsoTime.AsInstant Instant signedAt,
        String minuteReference) {

    public static SignatureDto from(Signature s) {
        return new SignatureDto(
                s.id(),
                s.editionId(),
                s.editionFingerprint(),
                s.memberId(),
                s.personEmail(),
                s.personName(),
                s.role(),
                s.signedAt(),
                s.minuteReference());
    }

    public Signature toDomain() {
        return new Signature(
                id, editionId, editionFingerprint, memberId, personEmail, personName, role, signedAt, minuteReference);
    }

    /**
     * The signature as shown to a member of another organisation: who signed and when, without the
     * signer's e-mail or the governors' minute reference (personal data minimised, Oldham 2 and 3.4).
     */
    public SignatureDto withoutPersonalData() {
        return new SignatureDto(id, editionId, editionFingerprint, memberId, null, personName, role, signedAt, null);
    }
}
