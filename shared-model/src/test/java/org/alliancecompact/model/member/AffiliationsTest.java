package org.alliancecompact.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AffiliationsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Membership LEEDS = new Membership(6);

    static final Person EXEC_HEAD_ASH = new Person("exec@fed.example.org", "Pat Exec", PersonRole.HEAD, "key-pat");
    static final Person EXEC_HEAD_ZET = new Person("exec@fed.example.org", "Pat Exec", PersonRole.HEAD, "key-pat");
    static final Person EXEC_DATA_ZET =
            new Person("exec@fed.example.org", "Pat Exec", PersonRole.DATA_CONTACT, "key-pat");
    static final Person CHAIR_ZET = new Person("chair@zetland.example.org", "Sam Chair", PersonRole.CHAIR, "key-sam");

    static Member member(String id, MembershipState state, LocalDate joined, List<Person> people) {
        return new Member(id, id + " school", OrganisationKind.SCHOOL, Phase.PRIMARY, state, joined, people);
    }

    static final Member ASHGROVE =
            member("ashgrove", MembershipState.FULL, LocalDate.of(2020, 9, 1), List.of(EXEC_HEAD_ASH));
    static final Member ZETLAND = member(
            "zetland",
            MembershipState.FULL,
            LocalDate.of(2021, 9, 1),
            List.of(EXEC_HEAD_ZET, EXEC_DATA_ZET, CHAIR_ZET));

    @Test
    @DisplayName("an executive head of two schools acts for each, with the roles held at each")
    void executiveHeadOfTwoSchools() {
        Affiliations pat =
                Affiliations.of(Identity.confluenceUser("key-pat"), List.of(ASHGROVE, ZETLAND), LEEDS, TODAY);

        assertThat(pat.all()).extracting(Affiliation::memberId).containsExactly("ashgrove", "zetland");
        assertThat(pat.holds("zetland", PersonRole.HEAD)).isTrue();
        assertThat(pat.holds("ashgrove", PersonRole.HEAD)).isTrue();
        assertThat(pat.holds("zetland", PersonRole.DATA_CONTACT)).isTrue();
        assertThat(pat.holds("ashgrove", PersonRole.DATA_CONTACT)).isFalse();
        assertThat(pat.holds("zetland", PersonRole.CHAIR)).isFalse();
    }

    @Test
    @DisplayName("a Confluence user is recognised by user key only: typing a head's e-mail gains nothing")
    void confluenceUsersByKeyOnly() {
        // Someone who set their own profile e-mail to the head's address still has their own key.
        Affiliations intruder =
                Affiliations.of(Identity.confluenceUser("key-mallory"), List.of(ASHGROVE, ZETLAND), LEEDS, TODAY);
        assertThat(intruder.isEmpty()).isTrue();
        assertThat(intruder.holds("ashgrove", PersonRole.HEAD)).isFalse();

        // A person not yet linked to any account is nobody's in Confluence.
        Member unlinked = member(
                "unlinked",
                MembershipState.FULL,
                LocalDate.of(2020, 9, 1),
                List.of(new Person("head@unlinked.example.org", "Una Head", PersonRole.HEAD)));
        assertThat(Affiliations.of(Identity.confluenceUser("key-una"), List.of(unlinked), LEEDS, TODAY)
                        .isEmpty())
                .isTrue();
    }

    @Test
    @DisplayName("the Slack bridge recognises a person by the e-mail Slack verified, case-insensitively")
    void slackUsersByEmail() {
        Affiliations pat =
                Affiliations.of(Identity.slackEmail("EXEC@fed.example.org"), List.of(ASHGROVE, ZETLAND), LEEDS, TODAY);
        assertThat(pat.current()).hasSize(2);
    }

    @Test
    @DisplayName("Exceed 17 and Leeds: left, de-designated and lapsed associates are former members")
    void formerMembersActForNobody() {
        Member left = member("left", MembershipState.LEFT, LocalDate.of(2020, 9, 1), List.of(EXEC_HEAD_ASH));
        Member dedesignated =
                member("dedesignated", MembershipState.DE_DESIGNATED, LocalDate.of(2020, 9, 1), List.of(EXEC_HEAD_ASH));
        // Leeds: "associate membership for up to 6 months": joined 29 May, last day 29 November.
        Member lapsed = member("lapsed", MembershipState.ASSOCIATE, LocalDate.of(2026, 5, 29), List.of(EXEC_HEAD_ASH));
        Member stillAssociate =
                member("associate", MembershipState.ASSOCIATE, LocalDate.of(2026, 5, 30), List.of(EXEC_HEAD_ASH));
        Member notYetJoined =
                member("joining", MembershipState.FULL, LocalDate.of(2026, 12, 1), List.of(EXEC_HEAD_ASH));

        Affiliations pat = Affiliations.of(
                Identity.confluenceUser("key-pat"),
                List.of(left, dedesignated, lapsed, stillAssociate, notYetJoined),
                LEEDS,
                TODAY);

        assertThat(pat.current()).extracting(Affiliation::memberId).containsExactly("associate");
        assertThat(pat.holds("left", PersonRole.HEAD)).isFalse();
        assertThat(pat.holds("dedesignated", PersonRole.HEAD)).isFalse();
        assertThat(pat.holds("lapsed", PersonRole.HEAD)).isFalse();
        assertThat(pat.holds("joining", PersonRole.HEAD)).isFalse();
        assertThat(pat.holds("associate", PersonRole.HEAD)).isTrue();
        // Still attached, so the former member's own history stays readable.
        assertThat(pat.attachedTo("left")).isTrue();
        assertThat(pat.at("left").orElseThrow().standing()).isEqualTo(MemberStanding.FORMER);
        assertThat(MemberStanding.FORMER.actsAsMember()).isFalse();
        assertThat(MemberStanding.FORMER.seesOwnHistory()).isTrue();
    }

    @Test
    void anIdentityIsAKeyOrAnEmailExactlyOne() {
        assertThatThrownBy(() -> new Identity("k", "a@b.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Identity(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identity.confluenceUser(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void userKeysAreTrimmedAndLimited() {
        assertThat(new Person("a@b.example", "A", PersonRole.HEAD, "  k1 ").userKey())
                .isEqualTo("k1");
        assertThat(new Person("a@b.example", "A", PersonRole.HEAD, " ").userKey())
                .isNull();
        assertThat(new Person("a@b.example", "A", PersonRole.HEAD, "k".repeat(255)).userKey())
                .hasSize(255);
        assertThatThrownBy(() -> new Person("a@b.example", "A", PersonRole.HEAD, "k".repeat(256)))
                .hasMessageContaining("userKey");
    }
}
