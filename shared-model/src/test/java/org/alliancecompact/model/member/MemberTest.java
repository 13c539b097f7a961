package org.alliancecompact.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {

    static final Person HEAD = new Person("Head@Smithills.example.org", "Ann Head", PersonRole.HEAD);
    static final Person CHAIR = new Person("chair@smithills.example.org", "Bob Chair", PersonRole.CHAIR);

    static Member member(List<Person> people) {
        return new Member(
                "smithills",
                "Smithills School",
                OrganisationKind.SCHOOL,
                Phase.SECONDARY,
                MembershipState.FULL,
                LocalDate.of(2024, 9, 1),
                people);
    }

    @Test
    void anOrganisationWithPeopleByRole() {
        Person deputy1 = new Person("d1@smithills.example.org", "Deputy One", PersonRole.DEPUTY);
        Person deputy2 = new Person("d2@smithills.example.org", "Deputy Two", PersonRole.DEPUTY);
        Person headAsDataContact = new Person(HEAD.email(), HEAD.name(), PersonRole.DATA_CONTACT);

        Member m = member(List.of(HEAD, CHAIR, deputy1, deputy2, headAsDataContact));

        assertThat(m.people(PersonRole.DEPUTY)).containsExactly(deputy1, deputy2);
        assertThat(m.holder(PersonRole.CHAIR)).contains(CHAIR);
        assertThat(m.hasPerson("HEAD@smithills.example.org", PersonRole.HEAD)).isTrue();
        assertThat(m.hasPerson("head@smithills.example.org", PersonRole.DATA_CONTACT))
                .isTrue();
        assertThat(m.hasPerson("head@smithills.example.org", PersonRole.CHAIR)).isFalse();
        assertThat(m.hasPerson("someone@else.example.org")).isFalse();
    }

    @Test
    void emailsAreKeptLowerCaseAndTrimmed() {
        assertThat(new Person("  Ann.Head@Smithills.Example.ORG ", " Ann ", PersonRole.HEAD))
                .extracting(Person::email, Person::name)
                .containsExactly("ann.head@smithills.example.org", "Ann");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@example.org", "ann@example", "ann head@example.org", "a@b@c.org"})
    void refusesAnEmailOfTheWrongShape(String email) {
        assertThatThrownBy(() -> new Person(email, "Ann", PersonRole.HEAD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("email ");
    }

    @Test
    void refusesABlankNameOrMissingRole() {
        assertThatThrownBy(() -> new Person("a@b.org", "  ", PersonRole.HEAD))
                .hasMessageStartingWith("name is required");
        assertThatThrownBy(() -> new Person("a@b.org", "Ann", null)).hasMessageStartingWith("role is required");
        assertThatThrownBy(() -> new Member(
                        "x", " ", OrganisationKind.SCHOOL, Phase.PRIMARY, MembershipState.FULL, LocalDate.now(), null))
                .hasMessage("name is required");
    }

    @Test
    void atMostOneHeadAndOneChair() {
        Person secondHead = new Person("other@smithills.example.org", "Other Head", PersonRole.HEAD);
        Person secondChair = new Person("other@smithills.example.org", "Other Chair", PersonRole.CHAIR);

        assertThatThrownBy(() -> member(List.of(HEAD, secondHead)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("people may have at most one HEAD");
        assertThatThrownBy(() -> member(List.of(CHAIR, secondChair))).hasMessageContaining("at most one CHAIR");
    }

    @Test
    void theSamePersonInTheSameRoleTwiceIsRefused() {
        assertThatThrownBy(() -> member(List.of(
                        new Person("d@s.example.org", "D", PersonRole.DEPUTY),
                        new Person("D@S.example.org", "D again", PersonRole.DEPUTY))))
                .hasMessageContaining("twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Smithills", "has space", "-leading"})
    void refusesABadId(String id) {
        assertThatThrownBy(() -> new Member(
                        id, "S", OrganisationKind.SCHOOL, Phase.PRIMARY, MembershipState.FULL, LocalDate.now(), null))
                .hasMessageStartingWith("id must be");
    }

    @Test
    void refusesMissingKindPhaseStateOrJoiningDate() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> new Member("a", "A", null, Phase.PRIMARY, MembershipState.FULL, d, null))
                .hasMessage("kind is required");
        assertThatThrownBy(() -> new Member("a", "A", OrganisationKind.TRUST, null, MembershipState.FULL, d, null))
                .hasMessage("phase is required");
        assertThatThrownBy(() -> new Member("a", "A", OrganisationKind.TRUST, Phase.PRIMARY, null, d, null))
                .hasMessage("state is required");
        assertThatThrownBy(() ->
                        new Member("a", "A", OrganisationKind.TRUST, Phase.PRIMARY, MembershipState.FULL, null, null))
                .hasMessage("joinedOn is required");
    }
}
