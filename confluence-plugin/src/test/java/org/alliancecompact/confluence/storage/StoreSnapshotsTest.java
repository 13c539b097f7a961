package org.alliancecompact.confluence.storage;

import static org.alliancecompact.confluence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.TestDatabases;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read cache over the Active Objects store on a real H2 database: shared while nothing changes, never stale, never rolled-back data. */
class StoreSnapshotsTest {

    private DataSource database;
    private AoCompactStore store;
    private StoreSnapshots snapshots;

    @BeforeEach
    void setUp() {
        database = TestDatabases.freshH2();
        store = Fixtures.storeOn(database);
        Fixtures.demoMembers().forEach(store::createMember);
        snapshots = new StoreSnapshots(store);
    }

    @Test
    void whileNothingIsStoredEveryReaderGetsTheSameSnapshotAndItsDerivedValuesOnce() {
        StoreSnapshot first = snapshots.current();
        AtomicInteger computed = new AtomicInteger();
        Integer count = first.derived("member count", s -> {
            computed.incrementAndGet();
            return s.members().size();
        });

        StoreSnapshot again = snapshots.current();

        assertThat(again).isSameAs(first);
        Integer cached = again.derived("member count", s -> computed.incrementAndGet());
        assertThat(cached).isEqualTo(count);
        assertThat(computed).hasValue(1);
    }

    @Test
    void anythingStoredMakesTheNextSnapshotFreshWithItsValuesWorkedOutAgain() {
        StoreSnapshot before = snapshots.current();
        String versionBefore = store.version();
        before.derived("rows", s -> s.registerHistory().size());

        store.addCategoryAssignment(targeted("smithills"));

        StoreSnapshot after = snapshots.current();
        assertThat(store.version()).isNotEqualTo(versionBefore);
        assertThat(after).isNotSameAs(before);
        assertThat(after.registerHistory())
                .extracting(CategoryAssignment::memberId)
                .contains("smithills");
        Integer rows = after.derived("rows", s -> s.registerHistory().size());
        assertThat(rows).isEqualTo(before.registerHistory().size() + 1);
    }

    @Test
    void aSnapshotReadInsideATransactionThatRollsBackIsNeverServedAfterwards() {
        Member ghost = Fixtures.member("ghost", "Ghost School", "head@ghost.example", PersonRole.HEAD);
        assertThatThrownBy(() -> store.inTransaction(() -> {
                    store.createMember(ghost);
                    // the transaction sees its own write, and the cache now holds that snapshot
                    assertThat(snapshots.current().members()).contains(ghost);
                    throw new IllegalStateException("something failed after the write");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(store.member("ghost")).isEmpty();
        assertThat(snapshots.current().members()).doesNotContain(ghost);
    }

    @Test
    void aWriteOnAnotherClusterNodeIsSeenHere() {
        AoCompactStore otherNode = Fixtures.storeOn(database);
        StoreSnapshot before = snapshots.current();
        assertThat(before.registerHistory()).noneMatch(a -> a.memberId().equals("ladybridge"));

        otherNode.addCategoryAssignment(targeted("ladybridge"));

        assertThat(snapshots.current().registerHistory())
                .anyMatch(a -> a.memberId().equals("ladybridge"));
    }

    @Test
    void theSnapshotsListsCannotBeChanged() {
        StoreSnapshot s = snapshots.current();
        assertThatThrownBy(() -> s.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.registerHistory().add(targeted("smithills")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static CategoryAssignment targeted(String memberId) {
        return new CategoryAssignment(
                memberId,
                SupportCategory.TARGETED,
                Set.of("a"),
                "coordinator@alliance.example",
                NOW,
                "reason",
                Fixtures.TODAY.plusYears(1));
    }
}
