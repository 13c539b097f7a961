package org.alliancecompact.model.mou;

import java.time.Instant;
import org.alliancecompact.model.member.EmailAddress;
import org.alliancecompact.model.member.PersonRole;

/**
 * One person's signature, for their organisation and in one role, on one edition. Immutable: it names
 * the fingerprint of the wording signed, so it never counts for different wording. Signatures are
 * never deleted; leaving is a {@link Withdrawal}.
 *
 * @param minuteReference the governors' or board minute that authorised signing (Oldham), or null
 */
public record Signature(
        String id,
        String editionId,
        String editionFingerprint,
        String memberId,
        String personEmail,
        String personName,
        PersonRole role,
        Instant signedAt,
        String minuteReference) {

    public static final int MAX_MINUTE_REFERENCE = 200;

    public Signature {
        requireText(id, "id");
        requireText(editionId, "editionId");
        if (!MouFingerprint.isWellFormed(editionFingerprint)) {
            throw new IllegalArgumentException("editionFingerprint must be 64 lower-case hex digits");
        }
        requireText(memberId, "memberId");
        personEmail = EmailAddress.normalise(personEmail, "personEmail");
        requireText(personName, "personName");
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
        if (signedAt == null) {
            throw new IllegalArgumentException("signedAt is required");
        }
        minuteReference = normaliseMinuteReference(minuteReference);
    }

    /** Blank becomes null; longer than {@value #MAX_MINUTE_REFERENCE} characters is refused. */
    public static String normaliseMinuteReference(String minuteReference) {
        if (minuteReference == null || minuteReference.isBlank()) {
            return null;
        }
        String stripped = minuteReference.strip();
        if (stripped.length() > MAX_MINUTE_REFERENCE) {
            throw new IllegalArgumentException(
                    "minuteReference must be at most " + MAX_MINUTE_REFERENCE + " characters");
        }
        return stripped;
    }

    /** Whether this signature is on exactly {@code edition}'s wording. */
    public boolean isOn(MouEdition edition) {
        return editionId.equals(edition.id()) && editionFingerprint.equals(edition.fingerprint());
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
