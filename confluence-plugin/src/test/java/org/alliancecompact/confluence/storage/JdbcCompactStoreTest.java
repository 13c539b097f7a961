package org.alliancecompact.confluence.storage;

import static org.alliancecompact.confluence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.storage.jdbc.JdbcCompactStore;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC store on a real (in-memory) H2 database, schema by Flyway. */
class JdbcCompactStoreTest {

    private JdbcCompactStore store;
    private MouEdition edition;

    @BeforeEach
    void setUp() {
        store = Fixtures.freshStore();
        Fixtures.demoMembers().forEach(store::createMember);
        edition = Fixtures.edition("bolton");
        store.addEdition(edition);
    }

    @Test
    void membersRoundTripWithTheirPeople() {
        Member smithills = Fixtures.demoMembers().get(0);
        assertThat(store.member("smithills")).contains(smithills);
        assertThat(store.members()).hasSize(5).contains(smithills);
    }

    @Test
    void aTakenMemberIdIsAConflictAndUpdatingAMissingMemberFails() {
        Member again = Fixtures.demoMembers().get(0);
        assertThatThrownBy(() -> store.createMember(again)).isInstanceOf(StoreConflictException.class);
        Member ghost = Fixtures.member("ghost", "Ghost School", "head@ghost.example", PersonRole.HEAD);
        assertThatThrownBy(() -> store.updateMember(ghost)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void updateReplacesTheMember() {
        Member m = Fixtures.demoMembers().get(4);
        Member full = new Member(
                m.id(), m.name() + " (renamed)", m.kind(), m.phase(), MembershipState.FULL, m.joinedOn(), m.people());
        store.updateMember(full);
        assertThat(store.member(m.id())).contains(full);
    }

    @Test
    void editionsKeepTheirWordingAndFingerprintAndNumbersAreUnique() {
        assertThat(store.edition("edition-1")).contains(edition);
        assertThat(store.currentEdition()).contains(edition);
        assertThatThrownBy(() -> store.addEdition(edition)).isInstanceOf(StoreConflictException.class);
    }

    @Test
    void aSecondSignatureForTheSameRoleIsRefusedByTheDatabase() {
        Signature first = Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW);
        store.addSignature(first);
        Signature second =
                Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW.plusSeconds(5));
        assertThatThrownBy(() -> store.addSignature(second)).isInstanceOf(StoreConflictException.class);
        assertThat(store.signatures(edition.id())).containsExactly(first);
    }

    @Test
    void afterAWithdrawalTheSameRoleMaySignAgainAndTheOldSignatureStays() {
        Signature first = Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW);
        store.addSignature(first);
        Withdrawal w = new Withdrawal("w1", "smithills", NOW.plusSeconds(60), "coordinator@alliance.example", "left");
        store.addWithdrawal(w);
        Signature again = Fixtures.signature(
                edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW.plusSeconds(120));
        store.addSignature(again);
        assertThat(store.signatures()).containsExactly(first, again);
        assertThat(store.withdrawals()).containsExactly(w);
    }

    @Test
    void nothingIsHalfStoredWhenATransactionFails() {
        Signature ok = Fixtures.signature(edition, "ladybridge", "head@ladybridge.example", PersonRole.HEAD, NOW);
        assertThatThrownBy(() -> store.inTransaction(() -> {
                    store.addSignature(ok);
                    throw new IllegalStateException("boom after the first insert");
                }))
                .hasMessageContaining("boom");
        assertThat(store.signatures()).isEmpty();
    }

    @Test
    void registerHistoryIsAppendOnlyInOrder() {
        CategoryAssignment a = new CategoryAssignment(
                "smithills",
                SupportCategory.TARGETED,
                Set.of("b", "a"),
                "coordinator@alliance.example",
                NOW,
                "first",
                LocalDate.of(2027, 11, 23));
        CategoryAssignment b = new CategoryAssignment(
                "smithills",
                SupportCategory.UNIVERSAL,
                Set.of(),
                "coordinator@alliance.example",
                NOW.plusSeconds(1),
                "improved",
                LocalDate.of(2027, 11, 24));
        CategoryAssignment c = new CategoryAssignment(
                "ladybridge",
                SupportCategory.INTENSIVE,
                Set.of(),
                "coordinator@alliance.example",
                NOW.plusSeconds(2),
                "concern",
                LocalDate.of(2027, 1, 1));
        store.addCategoryAssignment(a);
        store.addCategoryAssignment(b);
        store.addCategoryAssignment(c);
        assertThat(store.registerHistory()).containsExactly(a, b, c);
        assertThat(store.registerHistory("smithills")).containsExactly(a, b);
    }

    @Test
    void supportAssignmentsKeepTheLatestStatePerRequest() {
        store.putSupportAssignment(
                new SupportAssignment("req-1", "smithills", "ladybridge", SupportAssignment.State.ACTIVE, NOW));
        SupportAssignment ended = new SupportAssignment(
                "req-1", "smithills", "ladybridge", SupportAssignment.State.ENDED, NOW.plusSeconds(10));
        store.putSupportAssignment(ended);
        assertThat(store.supportAssignments()).containsExactly(ended);
    }

    @Test
    void engagementReportsAreKeptWithTheirReasons() {
        EngagementReport r =
                new EngagementReport("st-peters", 2, List.of("missed 2 meetings", "evaluation overdue"), NOW);
        store.addEngagementReport(r);
        assertThat(store.engagementReports()).containsExactly(r);
    }

    @Test
    void aSignatureForAnUnknownMemberIsRefused() {
        Signature orphan = Fixtures.signature(edition, "nobody", "head@nobody.example", PersonRole.HEAD, NOW);
        assertThatThrownBy(() -> store.addSignature(orphan)).isInstanceOf(RuntimeException.class);
        assertThat(store.signatures()).isEmpty();
    }
}
