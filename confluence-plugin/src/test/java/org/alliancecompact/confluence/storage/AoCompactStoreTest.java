package org.alliancecompact.confluence.storage;

import static org.alliancecompact.confluence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.confluence.storage.ao.CategoryChangeEntity;
import org.alliancecompact.confluence.storage.ao.MemberEntity;
import org.alliancecompact.confluence.storage.ao.SchemaVersion1UpgradeTask;
import org.alliancecompact.confluence.storage.ao.SchemaVersion2UpgradeTask;
import org.alliancecompact.confluence.storage.ao.SignatureEntity;
import org.alliancecompact.confluence.storage.ao.StoreVersionEntity;
import org.alliancecompact.confluence.storage.ao.SupportAssignmentEntity;
import org.alliancecompact.confluence.storage.ao.WithdrawalEntity;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The Active Objects store against a mocked ActiveObjects (a host service we do not own). */
class AoCompactStoreTest {

    private ActiveObjects ao;
    private AoCompactStore store;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        ao = mock(ActiveObjects.class);
        when(ao.executeInTransaction(any()))
                .thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());
        when(ao.find(eq(MemberEntity.class), any(Query.class))).thenReturn(new MemberEntity[0]);
        when(ao.find(eq(StoreVersionEntity.class), any(Query.class))).thenReturn(new StoreVersionEntity[0]);
        store = new AoCompactStore(ao);
    }

    @Test
    void everyWriteReplacesTheVersionTokenInItsTransaction() {
        StoreVersionEntity row = mock(StoreVersionEntity.class);
        when(ao.find(eq(StoreVersionEntity.class), any(Query.class))).thenReturn(new StoreVersionEntity[] {row});
        when(row.getToken()).thenReturn("t1");
        assertThat(store.version()).isEqualTo("t1");

        store.createMember(Fixtures.demoMembers().get(0));
        store.addCategoryAssignment(new CategoryAssignment(
                "smithills",
                SupportCategory.TARGETED,
                Set.of("a"),
                "coordinator@alliance.example",
                NOW,
                "reason",
                Fixtures.TODAY.plusYears(1)));

        ArgumentCaptor<String> tokens = ArgumentCaptor.forClass(String.class);
        verify(row, org.mockito.Mockito.times(2)).setToken(tokens.capture());
        verify(row, org.mockito.Mockito.times(2)).save();
        assertThat(tokens.getAllValues()).doesNotHaveDuplicates().doesNotContain("t1");
    }

    @Test
    void theFirstWriteCreatesTheVersionRowAndTwoRacingRowsStillMakeOneVersion() {
        assertThat(store.version()).isEqualTo("none");
        store.createMember(Fixtures.demoMembers().get(0));
        Map<String, Object> row = captureCreate(StoreVersionEntity.class);
        assertThat((String) row.get("TOKEN")).hasSize(36);
        assertColumnsExist(StoreVersionEntity.class, row);

        StoreVersionEntity a = mock(StoreVersionEntity.class);
        StoreVersionEntity b = mock(StoreVersionEntity.class);
        when(a.getToken()).thenReturn("a1");
        when(b.getToken()).thenReturn("b1");
        when(ao.find(eq(StoreVersionEntity.class), any(Query.class))).thenReturn(new StoreVersionEntity[] {a, b});
        assertThat(store.version()).isEqualTo("a1,b1");
    }

    @Test
    void createsAMemberWithColumnsTheEntityDeclares() {
        Member m = Fixtures.demoMembers().get(0);
        store.createMember(m);
        Map<String, Object> row = captureCreate(MemberEntity.class);
        assertThat(row)
                .containsEntry("MEMBER_ID", "smithills")
                .containsEntry("NAME", "Smithills School")
                .containsEntry("STATE", "FULL")
                .containsEntry("JOINED_ON", m.joinedOn().toString());
        assertThat((String) row.get("PEOPLE_JSON")).contains("head@smithills.example");
        assertColumnsExist(MemberEntity.class, row);
    }

    @Test
    void aTakenMemberIdIsAConflict() {
        MemberEntity existing = memberEntity(Fixtures.demoMembers().get(0));
        when(ao.find(eq(MemberEntity.class), any(Query.class))).thenReturn(new MemberEntity[] {existing});
        assertThatThrownBy(() -> store.createMember(Fixtures.demoMembers().get(0)))
                .isInstanceOf(StoreConflictException.class);
        verify(ao, never()).create(eq(MemberEntity.class), anyMap());
    }

    @Test
    void readsMembersBackFromEntities() {
        Member m = Fixtures.demoMembers().get(1);
        MemberEntity entity = memberEntity(m);
        when(ao.find(eq(MemberEntity.class), any(Query.class))).thenReturn(new MemberEntity[] {entity});
        assertThat(store.members()).containsExactly(m);
        assertThat(store.member("ladybridge")).contains(m);
    }

    @Test
    void signaturesTakeASlotThatCountsTheMembersWithdrawals() {
        MouEdition edition = Fixtures.edition("bolton");
        Signature s = Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW);
        when(ao.count(eq(WithdrawalEntity.class), any(Query.class))).thenReturn(1);
        when(ao.count(eq(SignatureEntity.class), any(Query.class))).thenReturn(0);
        store.addSignature(s);
        Map<String, Object> row = captureCreate(SignatureEntity.class);
        assertThat(row)
                .containsEntry("SLOT", "edition-1|smithills|HEAD|1")
                .containsEntry("SIGNER_ROLE", "HEAD")
                .containsEntry("SIGNED_AT", NOW.toString());
        assertColumnsExist(SignatureEntity.class, row);
    }

    @Test
    void aTakenSlotOrAUniqueViolationIsAConflict() {
        MouEdition edition = Fixtures.edition("bolton");
        Signature s = Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW);
        when(ao.count(
                        eq(SignatureEntity.class),
                        argThat((Query q) -> q != null && q.getWhereClause().startsWith("SLOT"))))
                .thenReturn(1);
        assertThatThrownBy(() -> store.addSignature(s)).isInstanceOf(StoreConflictException.class);
        verify(ao, never()).create(eq(SignatureEntity.class), anyMap());

        // The race lost to another cluster node: the database's unique index answers.
        when(ao.count(eq(SignatureEntity.class), any(Query.class))).thenReturn(0);
        when(ao.create(eq(SignatureEntity.class), anyMap()))
                .thenThrow(new IllegalStateException("insert failed", new SQLException("duplicate key", "23505")));
        assertThatThrownBy(() -> store.addSignature(s)).isInstanceOf(StoreConflictException.class);
    }

    @Test
    void registerChangesAreAppendedNeverUpdated() {
        CategoryAssignment a = new CategoryAssignment(
                "smithills",
                SupportCategory.TARGETED,
                Set.of("b", "a"),
                "coordinator@alliance.example",
                NOW,
                "reason",
                Fixtures.TODAY.plusYears(1));
        store.addCategoryAssignment(a);
        Map<String, Object> row = captureCreate(CategoryChangeEntity.class);
        assertThat(row).containsEntry("CRITERIA", "a,b").containsEntry("CATEGORY", "TARGETED");
        assertColumnsExist(CategoryChangeEntity.class, row);
    }

    @Test
    void aSupportAssignmentUpdatesTheRowOfItsRequest() {
        SupportAssignmentEntity existing = mock(SupportAssignmentEntity.class);
        when(ao.find(eq(SupportAssignmentEntity.class), any(Query.class)))
                .thenReturn(new SupportAssignmentEntity[] {existing});
        store.putSupportAssignment(new SupportAssignment("req-1", "a", "b", SupportAssignment.State.ENDED, NOW));
        verify(existing).setState("ENDED");
        verify(existing).save();
        verify(ao, never()).create(eq(SupportAssignmentEntity.class), anyMap());
    }

    @Test
    @SuppressWarnings("unchecked")
    void upgradeTaskTwoAddsTheVersionTableToEveryEarlierOne() {
        SchemaVersion2UpgradeTask task = new SchemaVersion2UpgradeTask();
        assertThat(task.getModelVersion()).isEqualTo(ModelVersion.valueOf("2"));
        task.upgrade(ModelVersion.valueOf("1"), ao);
        ArgumentCaptor<Class<? extends RawEntity<?>>[]> captor = ArgumentCaptor.forClass(Class[].class);
        verify(ao).migrate(captor.capture());
        assertThat(captor.getValue())
                .containsAll(SchemaVersion1UpgradeTask.ENTITIES)
                .contains(StoreVersionEntity.class);
        ActiveObjects later = mock(ActiveObjects.class);
        task.upgrade(ModelVersion.valueOf("2"), later);
        verify(later, never()).migrate(any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void upgradeTaskOneCreatesEveryTableOnFirstInstallOnly() {
        SchemaVersion1UpgradeTask task = new SchemaVersion1UpgradeTask();
        assertThat(task.getModelVersion()).isEqualTo(ModelVersion.valueOf("1"));
        task.upgrade(ModelVersion.valueOf("0"), ao);
        ArgumentCaptor<Class<? extends RawEntity<?>>[]> captor = ArgumentCaptor.forClass(Class[].class);
        verify(ao).migrate(captor.capture());
        assertThat(captor.getValue()).containsExactlyElementsOf(SchemaVersion1UpgradeTask.ENTITIES);
        ActiveObjects later = mock(ActiveObjects.class);
        task.upgrade(ModelVersion.valueOf("1"), later);
        verify(later, never()).migrate(any());
    }

    @SuppressWarnings("unchecked")
    private <T extends RawEntity<Integer>> Map<String, Object> captureCreate(Class<T> type) {
        ArgumentCaptor<Map<String, Object>> captor = ArgumentCaptor.forClass(Map.class);
        verify(ao).create(eq(type), captor.capture());
        return captor.getValue();
    }

    /** Every key of a create() map must be the column of a getter on the entity (AO: getFooBar -> FOO_BAR). */
    private static void assertColumnsExist(Class<?> entity, Map<String, Object> row) {
        List<String> columns = Arrays.stream(entity.getMethods())
                .map(Method::getName)
                .filter(n -> n.startsWith("get") && !n.equals("getID"))
                .map(n -> Introspector.decapitalize(n.substring(3))
                        .replaceAll("([A-Z])", "_$1")
                        .toUpperCase())
                .toList();
        assertThat(columns).containsAll(row.keySet());
    }

    private static MemberEntity memberEntity(Member m) {
        MemberEntity e = mock(MemberEntity.class);
        when(e.getMemberId()).thenReturn(m.id());
        when(e.getName()).thenReturn(m.name());
        when(e.getKind()).thenReturn(m.kind().name());
        when(e.getPhase()).thenReturn(m.phase().name());
        when(e.getState()).thenReturn(m.state().name());
        when(e.getJoinedOn()).thenReturn(m.joinedOn().toString());
        when(e.getPeopleJson()).thenReturn(new JsonColumns().people(m.people()));
        return e;
    }
}
