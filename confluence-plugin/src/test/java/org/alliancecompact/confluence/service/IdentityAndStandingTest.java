package org.alliancecompact.confluence.service;

import static org.alliancecompact.confluence.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.preview.DemoData;
import org.alliancecompact.confluence.preview.PreviewUsers;
import org.alliancecompact.confluence.refusal.Conflict;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.api.SignatureDto;
import org.alliancecompact.model.api.SupportAssignmentDto;
import org.alliancecompact.model.api.WithdrawalRequest;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.mou.Signature;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 and issue 13 finding 5, on the services: people are who their Confluence key says, may act
 * for several organisations, and former members keep only their own history.
 */
class IdentityAndStandingTest {

    private static final String EXEC = "exec@federation.example";

    private final org.alliancecompact.confluence.storage.CompactStore store = Fixtures.freshStore();
    private MouService mou;
    private RegisterService register;
    private MemberService members;

    private void start(String profile) {
        ProfileSource source = Fixtures.profile(profile);
        DemoData.seedIfEmpty(store, source.profile(), Fixtures.NOW);
        mou = new MouService(store, source, CLOCK);
        register = new RegisterService(store, mou, CLOCK);
        members = new MemberService(store, mou);
    }

    private void addSchool(String id, MembershipState state, LocalDate joined, Person... people) {
        store.createMember(
                new Member(id, id + " School", OrganisationKind.SCHOOL, Phase.PRIMARY, state, joined, List.of(people)));
    }

    private static Person linked(String email, PersonRole role) {
        return new Person(email, "Person " + email, role, PreviewUsers.keyOf(email));
    }

    private SignRequest sign(String memberId, PersonRole role) {
        return new SignRequest(memberId, role, "GB 1/2026", mou.currentEdition().fingerprint());
    }

    @Test
    @DisplayName("an executive head of two schools signs for the school whose row they press, each in turn")
    void executiveHeadSignsForEachSchool() {
        start("bolton");
        addSchool("ashgrove", MembershipState.FULL, Fixtures.TODAY.minusYears(2), linked(EXEC, PersonRole.HEAD));
        addSchool("zetland", MembershipState.FULL, Fixtures.TODAY.minusYears(2), linked(EXEC, PersonRole.HEAD));
        Caller exec = Fixtures.caller(EXEC);
        String edition = mou.currentEdition().id();

        Signature zetland = mou.sign(exec, edition, sign("zetland", PersonRole.HEAD));
        assertThat(zetland.memberId()).isEqualTo("zetland");
        assertThat(mou.entitlements(exec))
                .extracting(MouService.Entitlement::memberId)
                .containsExactly("ashgrove");

        Signature ashgrove = mou.sign(exec, edition, sign("ashgrove", PersonRole.HEAD));
        assertThat(ashgrove.memberId()).isEqualTo("ashgrove");
        assertThat(mou.entitlements(exec)).isEmpty();
        assertThatThrownBy(() -> mou.sign(exec, edition, sign("zetland", PersonRole.HEAD)))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> mou.sign(exec, edition, new SignRequest(null, PersonRole.HEAD, null, "x")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("which organisation");
    }

    @Test
    @DisplayName("a Confluence user who types a head's e-mail into their own profile gains nothing")
    void profileEmailGainsNothing() {
        start("bolton");
        Caller mallory = Caller.confluenceUser("key-mallory", "head@smithills.example", "Mallory", false, false);
        String edition = mou.currentEdition().id();

        assertThatThrownBy(() -> mou.sign(mallory, edition, sign("smithills", PersonRole.HEAD)))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> mou.withdraw(mallory, new WithdrawalRequest("smithills", "x")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> members.requireInAlliance(mallory)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> register.page(mallory)).isInstanceOf(NotAllowed.class);
        assertThat(mou.entitlements(mallory)).isEmpty();
        // The real head, by key, is recognised.
        assertThat(mou.sign(Fixtures.caller("head@smithills.example"), edition, sign("smithills", PersonRole.HEAD))
                        .memberId())
                .isEqualTo("smithills");
    }

    @Test
    @DisplayName("Exceed 17 and Leeds: left, de-designated and lapsed members keep only their own history")
    void formerMembersKeepOnlyTheirOwnHistory() {
        start("bolton"); // Bolton: every current member sees every row
        addSchool(
                "gone",
                MembershipState.LEFT,
                Fixtures.TODAY.minusYears(3),
                linked("head@gone.example", PersonRole.HEAD));
        addSchool(
                "dropped",
                MembershipState.DE_DESIGNATED,
                Fixtures.TODAY.minusYears(3),
                linked("head@dropped.example", PersonRole.HEAD));
        store.addCategoryAssignment(org.alliancecompact.model.register.CategoryAssignment.create(
                "gone",
                org.alliancecompact.model.register.SupportCategory.TARGETED,
                java.util.Set.of(),
                "coordinator@alliance.example",
                Fixtures.NOW,
                "Before leaving",
                null,
                mou.profile().register(),
                mou.profile().timeZone()));
        Caller gone = Fixtures.caller("head@gone.example");
        Caller smithills = Fixtures.caller("head@smithills.example");
        String edition = mou.currentEdition().id();

        assertThatThrownBy(() -> members.requireInAlliance(gone))
                .isInstanceOf(NotAllowed.class)
                .hasMessageContaining("no longer a member");
        assertThatThrownBy(() -> mou.sign(gone, edition, sign("gone", PersonRole.HEAD)))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> mou.withdraw(gone, new WithdrawalRequest("gone", "x")))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> mou.signatures(gone, edition)).isInstanceOf(NotAllowed.class);

        assertThat(register.page(gone).rows())
                .extracting(RegisterRowDto::memberId)
                .containsExactly("gone");
        assertThat(register.history(gone, "gone")).hasSize(1);
        assertThatThrownBy(() -> register.history(gone, "smithills")).isInstanceOf(NotAllowed.class);
        // Current members no longer see the former member's row, and the counts leave it out.
        assertThat(register.page(smithills).rows())
                .extracting(RegisterRowDto::memberId)
                .doesNotContain("gone");
        long counted = register.page(smithills).headlineCounts().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        List<RegisterRowDto> coordinatorRows = register.page(Fixtures.coordinator("coordinator@alliance.example"))
                .rows();
        assertThat(coordinatorRows).extracting(RegisterRowDto::memberId).contains("gone");
        assertThat(counted).isEqualTo(coordinatorRows.size() - 1);
        assertThat(mou.status()).extracting(s -> s.member().id()).doesNotContain("gone", "dropped");

        // Nobody can give a former member a provider's sight, whatever is sent.
        assertThatThrownBy(() -> register.assign(
                        "req-1", new SupportAssignmentDto("dropped", "smithills", SupportAssignmentDto.State.ACTIVE)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("no longer a member");
    }

    @Test
    @DisplayName("Oldham 2 and 3.4: signers' e-mails and minute references only to coordinators and their own people")
    void signaturePersonalDataIsMinimised() {
        start("oldham");
        String edition = mou.currentEdition().id();
        mou.sign(Fixtures.caller("head@smithills.example"), edition, sign("smithills", PersonRole.HEAD));

        SignatureDto own = mou.signatures(Fixtures.caller("chair@smithills.example"), edition)
                .get(0);
        assertThat(own.personEmail()).isEqualTo("head@smithills.example");
        assertThat(own.minuteReference()).isEqualTo("GB 1/2026");

        SignatureDto other = mou.signatures(Fixtures.caller("head@ladybridge.example"), edition)
                .get(0);
        assertThat(other.personName()).isNotBlank();
        assertThat(other.personEmail()).isNull();
        assertThat(other.minuteReference()).isNull();

        assertThat(mou.signatures(Fixtures.coordinator("coordinator@alliance.example"), edition)
                        .get(0)
                        .minuteReference())
                .isEqualTo("GB 1/2026");
        assertThatThrownBy(() -> mou.signatures(Fixtures.caller("someone@elsewhere.example"), edition))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    @DisplayName("refusals by kind: a role you do not hold is 403, a stale fingerprint 400, a second signature 409")
    void refusalCodesByKind() {
        start("bolton");
        String edition = mou.currentEdition().id();
        Caller head = Fixtures.caller("head@smithills.example");
        mou.sign(Fixtures.caller("chair@smithills.example"), edition, sign("smithills", PersonRole.CHAIR));

        assertThatThrownBy(() -> mou.sign(head, edition, sign("smithills", PersonRole.CHAIR)))
                .isInstanceOf(NotAllowed.class);
        mou.sign(head, edition, sign("smithills", PersonRole.HEAD));
        assertThatThrownBy(() ->
                        mou.sign(head, edition, new SignRequest("smithills", PersonRole.HEAD, null, "0".repeat(64))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> mou.sign(head, edition, sign("smithills", PersonRole.HEAD)))
                .isInstanceOf(Conflict.class);
    }

    @Test
    @DisplayName("a member may list at most 50 people: more is a clear 400 naming the field")
    void peoplePerMemberAreLimited() {
        start("bolton");
        List<PersonDto> many = new ArrayList<>();
        for (int i = 0; i < Member.MAX_PEOPLE + 1; i++) {
            many.add(new PersonDto("deputy" + i + "@big.example", "Deputy " + i, PersonRole.DEPUTY));
        }
        MemberDto big = new MemberDto(
                "big",
                "Big School",
                OrganisationKind.SCHOOL,
                Phase.PRIMARY,
                MembershipState.FULL,
                Fixtures.TODAY,
                many);
        assertThatThrownBy(() -> members.create(big))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at most 50 people")
                .extracting("field")
                .isEqualTo("people");
        MemberDto fits = new MemberDto(
                "big",
                "Big School",
                OrganisationKind.SCHOOL,
                Phase.PRIMARY,
                MembershipState.FULL,
                Fixtures.TODAY,
                many.subList(0, Member.MAX_PEOPLE));
        assertThat(members.create(fits).people()).hasSize(Member.MAX_PEOPLE);
    }
}
