package org.alliancecompact.model.mou;

import static org.alliancecompact.model.mou.MouFixtures.EDITION_1;
import static org.alliancecompact.model.mou.MouFixtures.HEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.alliancecompact.model.member.PersonRole;
import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void isBoundToTheEditionAndItsFingerprint() {
        Signature s = MouFixtures.signature("s1", EDITION_1, HEAD, "2026-09-10T09:00:00Z");

        assertThat(s.isOn(EDITION_1)).isTrue();
        assertThat(s.isOn(EDITION_1.withReviewDate(EDITION_1.reviewDate().plusYears(1))))
                .isTrue();
    }

    @Test
    void blankMinuteReferenceIsStoredAsNone() {
        Signature s = new Signature(
                "s1", "e1", EDITION_1.fingerprint(), "m", "A@B.org", "A", PersonRole.CHAIR, Instant.EPOCH, "  ");

        assertThat(s.minuteReference()).isNull();
        assertThat(s.personEmail()).isEqualTo("a@b.org");
    }

    @Test
    void refusesMalformedValuesNamingTheField() {
        String fp = EDITION_1.fingerprint();
        assertThatThrownBy(
                        () -> new Signature("s", "e", "ABC", "m", "a@b.org", "A", PersonRole.HEAD, Instant.EPOCH, null))
                .hasMessageStartingWith("editionFingerprint");
        assertThatThrownBy(() -> new Signature("s", "e", fp, " ", "a@b.org", "A", PersonRole.HEAD, Instant.EPOCH, null))
                .hasMessage("memberId is required");
        assertThatThrownBy(() -> new Signature("s", "e", fp, "m", "nope", "A", PersonRole.HEAD, Instant.EPOCH, null))
                .hasMessageStartingWith("personEmail");
        assertThatThrownBy(() -> new Signature("s", "e", fp, "m", "a@b.org", "A", null, Instant.EPOCH, null))
                .hasMessage("role is required");
        assertThatThrownBy(() -> new Signature("s", "e", fp, "m", "a@b.org", "A", PersonRole.HEAD, null, null))
                .hasMessage("signedAt is required");
    }

    @Test
    void aWithdrawalIsARecordWithAWhenAndWho() {
        assertThatThrownBy(() -> new Withdrawal("w", "m", null, "a@b.org", null))
                .hasMessage("withdrawnAt is required");
        assertThatThrownBy(() -> new Withdrawal("w", "m", Instant.EPOCH, " ", null))
                .hasMessage("recordedBy is required");
        assertThat(new Withdrawal("w", "m", Instant.EPOCH, "a@b.org", " ").reason())
                .isNull();
    }
}
