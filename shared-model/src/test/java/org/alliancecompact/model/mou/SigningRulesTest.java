package org.alliancecompact.model.mou;

import static org.alliancecompact.model.mou.MouFixtures.CHAIR;
import static org.alliancecompact.model.mou.MouFixtures.DEPUTY;
import static org.alliancecompact.model.mou.MouFixtures.EDITION_1;
import static org.alliancecompact.model.mou.MouFixtures.HEAD;
import static org.alliancecompact.model.mou.MouFixtures.HEAD_AND_CHAIR;
import static org.alliancecompact.model.mou.MouFixtures.SMITHILLS;
import static org.alliancecompact.model.mou.MouFixtures.TEMPLATE;
import static org.alliancecompact.model.mou.MouFixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SigningRulesTest {

    private static final LocalDate IN_YEAR = LocalDate.of(2027, 1, 10);
    private static final Signature HEAD_SIGNED = signature("s1", EDITION_1, HEAD, "2026-09-10T09:00:00Z");
    private static final Signature CHAIR_SIGNED = signature("s2", EDITION_1, CHAIR, "2026-09-20T18:30:00Z");
    /** A second member with nobody listed, to show one member's records never count for another. */
    private static final Member TURTON = new Member(
            "turton",
            "Turton School",
            OrganisationKind.ACADEMY,
            Phase.SECONDARY,
            MembershipState.FULL,
            LocalDate.of(2021, 9, 1),
            List.of());

    private static MemberSigningStatus status(
            List<Signature> signatures, List<Withdrawal> withdrawals, LocalDate today) {
        return SigningRules.statusOf(SMITHILLS, EDITION_1, signatures, withdrawals, HEAD_AND_CHAIR, today);
    }

    private static Withdrawal withdrawal(String at) {
        return new Withdrawal("w1", SMITHILLS.id(), Instant.parse(at), HEAD.email(), "Leaving the alliance");
    }

    @Nested
    class StatusOf {

        @Test
        void nobodyHasSigned() {
            MemberSigningStatus s = status(List.of(), List.of(), IN_YEAR);

            assertThat(s.status()).isEqualTo(SigningStatus.NOT_SIGNED);
            assertThat(s.signedRoles()).isEmpty();
            assertThat(s.missingRoles()).containsExactlyInAnyOrder(PersonRole.HEAD, PersonRole.CHAIR);
        }

        @Test
        void theHeadHasSignedButNotTheChair() {
            MemberSigningStatus s = status(List.of(HEAD_SIGNED), List.of(), IN_YEAR);

            assertThat(s.status()).isEqualTo(SigningStatus.PARTLY_SIGNED);
            assertThat(s.signedRoles()).containsExactly(PersonRole.HEAD);
            assertThat(s.missingRoles()).containsExactly(PersonRole.CHAIR);
        }

        @Test
        void bothRequiredRolesHaveSigned() {
            MemberSigningStatus s = status(List.of(HEAD_SIGNED, CHAIR_SIGNED), List.of(), IN_YEAR);

            assertThat(s.status()).isEqualTo(SigningStatus.SIGNED);
            assertThat(s.missingRoles()).isEmpty();
        }

        @Test
        void onlyTheHeadIsRequiredElsewhere() {
            MemberSigningStatus s = SigningRules.statusOf(
                    SMITHILLS, EDITION_1, List.of(HEAD_SIGNED), List.of(), List.of(PersonRole.HEAD), IN_YEAR);

            assertThat(s.status()).isEqualTo(SigningStatus.SIGNED);
        }

        @Test
        void aSignatureOnAnOldEditionDoesNotCountForTheNewOne() {
            MouEdition second = EDITION_1.next(
                    "bla-2",
                    TEMPLATE.title(),
                    MouEditionTest.replaceClause(TEMPLATE.sections(), 1, 0, "We will commit 10 days."),
                    LocalDate.of(2027, 9, 1),
                    Period.ofYears(1));

            MemberSigningStatus s = SigningRules.statusOf(
                    SMITHILLS,
                    second,
                    List.of(HEAD_SIGNED, CHAIR_SIGNED),
                    List.of(),
                    HEAD_AND_CHAIR,
                    LocalDate.of(2027, 10, 1));

            assertThat(s.status()).isEqualTo(SigningStatus.NOT_SIGNED);
        }

        @Test
        void aSignatureWhoseFingerprintDoesNotMatchIsNotCounted() {
            Signature forged = new Signature(
                    "s3",
                    EDITION_1.id(),
                    "a".repeat(64),
                    SMITHILLS.id(),
                    CHAIR.email(),
                    CHAIR.name(),
                    PersonRole.CHAIR,
                    Instant.parse("2026-09-21T10:00:00Z"),
                    null);

            MemberSigningStatus s = status(List.of(HEAD_SIGNED, forged), List.of(), IN_YEAR);

            assertThat(s.status()).isEqualTo(SigningStatus.PARTLY_SIGNED);
            assertThat(s.missingRoles()).containsExactly(PersonRole.CHAIR);
        }

        @Test
        void signaturesOfOtherMembersOrRolesNotRequiredDoNotCount() {
            Signature otherMember = new Signature(
                    "s4",
                    EDITION_1.id(),
                    EDITION_1.fingerprint(),
                    "turton",
                    "head@turton.example.org",
                    "T Head",
                    PersonRole.HEAD,
                    Instant.parse("2026-09-11T10:00:00Z"),
                    null);
            Signature deputy = signature("s5", EDITION_1, DEPUTY, "2026-09-12T10:00:00Z");

            assertThat(status(List.of(otherMember, deputy), List.of(), IN_YEAR).status())
                    .isEqualTo(SigningStatus.NOT_SIGNED);
        }

        @Test
        void pastTheReviewDateTheSignaturesHaveLapsed() {
            List<Signature> both = List.of(HEAD_SIGNED, CHAIR_SIGNED);

            assertThat(status(both, List.of(), EDITION_1.reviewDate()).status()).isEqualTo(SigningStatus.SIGNED);
            assertThat(status(both, List.of(), EDITION_1.reviewDate().plusDays(1))
                            .status())
                    .isEqualTo(SigningStatus.LAPSED);
            assertThat(status(List.of(), List.of(), EDITION_1.reviewDate().plusDays(1))
                            .status())
                    .isEqualTo(SigningStatus.NOT_SIGNED);
        }

        @Test
        void aWithdrawalAfterTheSignaturesWithdrawsTheMember() {
            MemberSigningStatus s =
                    status(List.of(HEAD_SIGNED, CHAIR_SIGNED), List.of(withdrawal("2026-12-01T12:00:00Z")), IN_YEAR);

            assertThat(s.status()).isEqualTo(SigningStatus.WITHDRAWN);
            assertThat(s.signedRoles()).isEmpty();
        }

        @Test
        void signingAgainAfterAWithdrawalCountsOnlyTheNewSignatures() {
            Signature headAgain = signature("s6", EDITION_1, HEAD, "2027-01-05T09:00:00Z");

            MemberSigningStatus s = status(
                    List.of(HEAD_SIGNED, CHAIR_SIGNED, headAgain),
                    List.of(withdrawal("2026-12-01T12:00:00Z")),
                    IN_YEAR);

            assertThat(s.status()).isEqualTo(SigningStatus.PARTLY_SIGNED);
            assertThat(s.missingRoles()).containsExactly(PersonRole.CHAIR);
        }

        @Test
        void statusOfAllKeepsEachMembersOwnSignatures() {
            Member turton = TURTON;

            List<MemberSigningStatus> all = SigningRules.statusOfAll(
                    List.of(SMITHILLS, turton),
                    EDITION_1,
                    List.of(HEAD_SIGNED, CHAIR_SIGNED),
                    List.of(),
                    HEAD_AND_CHAIR,
                    IN_YEAR);

            assertThat(all)
                    .extracting(MemberSigningStatus::memberId, MemberSigningStatus::status)
                    .containsExactly(
                            tuple("smithills", SigningStatus.SIGNED), tuple("turton", SigningStatus.NOT_SIGNED));
        }

        @Test
        void statusOfAllAgreesWithStatusOfForEachMemberWithWithdrawalsAndOtherEditions() {
            Member turton = TURTON;
            Signature turtonHead = new Signature(
                    "s3",
                    EDITION_1.id(),
                    EDITION_1.fingerprint(),
                    "turton",
                    "head@turton.example",
                    "T Head",
                    PersonRole.HEAD,
                    Instant.parse("2026-09-05T09:00:00Z"),
                    null);
            List<Signature> signatures = List.of(HEAD_SIGNED, turtonHead, CHAIR_SIGNED);
            // Turton withdrew after its head signed; Smithills' signatures stand
            List<Withdrawal> withdrawals = List.of(
                    new Withdrawal("w9", "turton", Instant.parse("2026-10-01T09:00:00Z"), "x@turton.example", null));

            List<MemberSigningStatus> all = SigningRules.statusOfAll(
                    List.of(turton, SMITHILLS), EDITION_1, signatures, withdrawals, HEAD_AND_CHAIR, IN_YEAR);

            assertThat(all)
                    .containsExactly(
                            SigningRules.statusOf(turton, EDITION_1, signatures, withdrawals, HEAD_AND_CHAIR, IN_YEAR),
                            SigningRules.statusOf(
                                    SMITHILLS, EDITION_1, signatures, withdrawals, HEAD_AND_CHAIR, IN_YEAR));
            assertThat(all)
                    .extracting(MemberSigningStatus::status)
                    .containsExactly(SigningStatus.WITHDRAWN, SigningStatus.SIGNED);
        }

        @Test
        void anotherMembersWithdrawalDoesNotAffectThisOne() {
            Withdrawal other = new Withdrawal("w2", "turton", Instant.parse("2026-12-01T12:00:00Z"), "x@t.org", null);

            assertThat(status(List.of(HEAD_SIGNED, CHAIR_SIGNED), List.of(other), IN_YEAR)
                            .status())
                    .isEqualTo(SigningStatus.SIGNED);
        }
    }

    @Nested
    class CheckWithdrawal {

        private SignDecision check(List<Signature> signatures, List<Withdrawal> withdrawals, String reason) {
            return SigningRules.checkWithdrawal(SMITHILLS, EDITION_1, signatures, withdrawals, HEAD_AND_CHAIR, reason);
        }

        @Test
        void aMemberWithACountingSignatureMayWithdrawGivingAReason() {
            assertThat(check(List.of(HEAD_SIGNED), List.of(), "Joining another partnership")
                            .allowed())
                    .isTrue();
        }

        @Test
        void aMemberThatNeverSignedHasNothingToWithdraw() {
            SignDecision d = check(List.of(), List.of(), "Leaving");
            assertThat(d.allowed()).isFalse();
            assertThat(d.field()).isEqualTo("memberId");
            assertThat(d.reason()).contains("no signature on edition 1");
        }

        @Test
        void aMemberThatAlreadyWithdrewCannotWithdrawAgainUntilItSignsAgain() {
            Withdrawal earlier = withdrawal("2026-10-01T09:00:00Z");
            assertThat(check(List.of(HEAD_SIGNED), List.of(earlier), "Again").allowed())
                    .isFalse();

            Signature signedAgain = signature("s9", EDITION_1, HEAD, "2026-10-05T09:00:00Z");
            assertThat(check(List.of(HEAD_SIGNED, signedAgain), List.of(earlier), "Again")
                            .allowed())
                    .isTrue();
        }

        @Test
        void aSignatureOnlyOnAnotherMemberOrEditionDoesNotCount() {
            Signature turtons = new Signature(
                    "s8",
                    EDITION_1.id(),
                    EDITION_1.fingerprint(),
                    TURTON.id(),
                    "head@turton.example",
                    "T Head",
                    PersonRole.HEAD,
                    Instant.parse("2026-09-05T09:00:00Z"),
                    null);
            assertThat(check(List.of(turtons), List.of(), "Leaving").allowed()).isFalse();
        }

        @Test
        void theReasonIsRequiredAndKeptShort() {
            assertThat(check(List.of(HEAD_SIGNED), List.of(), "  ").field()).isEqualTo("reason");
            assertThat(check(List.of(HEAD_SIGNED), List.of(), null).field()).isEqualTo("reason");
            assertThat(check(List.of(HEAD_SIGNED), List.of(), "x".repeat(SigningRules.WITHDRAWAL_REASON_MAX))
                            .allowed())
                    .isTrue();
            assertThat(check(List.of(HEAD_SIGNED), List.of(), "x".repeat(SigningRules.WITHDRAWAL_REASON_MAX + 1))
                            .field())
                    .isEqualTo("reason");
        }
    }

    @Nested
    class CheckSignature {

        private SignDecision check(
                Person person,
                PersonRole role,
                String fingerprint,
                String minute,
                List<Signature> existing,
                boolean minuteRequired) {
            return SigningRules.checkSignature(
                    person, SMITHILLS, role, EDITION_1, fingerprint, minute, existing, HEAD_AND_CHAIR, minuteRequired);
        }

        @Test
        void theHeadMaySignForTheirOwnSchool() {
            assertThat(check(HEAD, PersonRole.HEAD, EDITION_1.fingerprint(), null, List.of(CHAIR_SIGNED), false)
                            .allowed())
                    .isTrue();
        }

        @Test
        void someoneNotAttachedToTheMemberIsRefused() {
            Person stranger = new Person("head@turton.example.org", "T Head", PersonRole.HEAD);

            SignDecision d = check(stranger, PersonRole.HEAD, EDITION_1.fingerprint(), null, List.of(), false);

            assertThat(d.allowed()).isFalse();
            assertThat(d.field()).isEqualTo("memberId");
            assertThat(d.reason()).contains("head@turton.example.org is not listed for Smithills School");
        }

        @Test
        void signingInARoleThePersonDoesNotHoldIsRefused() {
            SignDecision d = check(HEAD, PersonRole.CHAIR, EDITION_1.fingerprint(), null, List.of(), false);

            assertThat(d.allowed()).isFalse();
            assertThat(d.field()).isEqualTo("role");
            assertThat(d.reason()).contains("not listed as the chair of governors or trustees of Smithills School");
        }

        @Test
        void aRoleTheAllianceDoesNotAskForIsRefused() {
            SignDecision d = check(DEPUTY, PersonRole.DEPUTY, EDITION_1.fingerprint(), null, List.of(), false);

            assertThat(d.allowed()).isFalse();
            assertThat(d.field()).isEqualTo("role");
            assertThat(d.reason()).contains("does not ask for a signature from the deputy");
        }

        @Test
        void aRoleAlreadySignedForThisEditionIsRefused() {
            SignDecision d = check(HEAD, PersonRole.HEAD, EDITION_1.fingerprint(), null, List.of(HEAD_SIGNED), false);

            assertThat(d.allowed()).isFalse();
            assertThat(d.field()).isEqualTo("role");
            assertThat(d.reason())
                    .isEqualTo(
                            "Smithills School has already signed edition 1 as head (headteacher, principal or CEO).");
        }

        @Test
        void afterAWithdrawalTheRoleMaySignAgain() {
            SignDecision d = SigningRules.checkSignature(
                    HEAD,
                    SMITHILLS,
                    PersonRole.HEAD,
                    EDITION_1,
                    EDITION_1.fingerprint(),
                    null,
                    List.of(HEAD_SIGNED),
                    List.of(withdrawal("2026-12-01T12:00:00Z")),
                    HEAD_AND_CHAIR,
                    false);

            assertThat(d.allowed()).isTrue();
        }

        @Test
        void aFingerprintThatIsNotTheEditionsIsRefused() {
            SignDecision stale = check(HEAD, PersonRole.HEAD, "b".repeat(64), null, List.of(), false);
            SignDecision missing = check(HEAD, PersonRole.HEAD, " ", null, List.of(), false);

            assertThat(stale.allowed()).isFalse();
            assertThat(stale.field()).isEqualTo("editionFingerprint");
            assertThat(stale.reason()).contains("wording has changed");
            assertThat(missing.field()).isEqualTo("editionFingerprint");
        }

        @Test
        void oldhamSignsByMinuteSoAMissingMinuteIsRefused() {
            SignDecision without = check(CHAIR, PersonRole.CHAIR, EDITION_1.fingerprint(), "  ", List.of(), true);
            SignDecision with =
                    check(CHAIR, PersonRole.CHAIR, EDITION_1.fingerprint(), "FGB 2026-10-03 min 7", List.of(), true);
            SignDecision notNeeded = check(CHAIR, PersonRole.CHAIR, EDITION_1.fingerprint(), null, List.of(), false);

            assertThat(without.allowed()).isFalse();
            assertThat(without.field()).isEqualTo("minuteReference");
            assertThat(without.reason()).contains("minute");
            assertThat(with.allowed()).isTrue();
            assertThat(notNeeded.allowed()).isTrue();
        }

        @Test
        void anOverlongMinuteReferenceIsRefused() {
            SignDecision d = check(CHAIR, PersonRole.CHAIR, EDITION_1.fingerprint(), "m".repeat(201), List.of(), true);

            assertThat(d.allowed()).isFalse();
            assertThat(d.field()).isEqualTo("minuteReference");
        }

        @Test
        void aMissingRoleIsRefused() {
            SignDecision d = check(HEAD, null, EDITION_1.fingerprint(), null, List.of(), false);

            assertThat(d.allowed()).isFalse();
            assertThat(d.field()).isEqualTo("role");
        }
    }
}
