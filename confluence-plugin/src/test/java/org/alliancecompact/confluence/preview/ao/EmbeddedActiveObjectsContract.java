package org.alliancecompact.confluence.preview.ao;

import static org.alliancecompact.confluence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import net.java.ao.Query;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.confluence.storage.ao.CategoryChangeEntity;
import org.alliancecompact.confluence.storage.ao.MemberEntity;
import org.alliancecompact.confluence.storage.ao.SchemaVersion2UpgradeTask;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter the preview, the tests and the bench store through, on the real Active Objects library:
 * Confluence's names, only the plugin's own tables touched, one database transaction per
 * {@code executeInTransaction}, and upgrade tasks run as Confluence runs them, keeping an existing
 * install's rows. Each subclass runs every test on one database kind.
 */
abstract class EmbeddedActiveObjectsContract {

    /** The {@code <ao>} module's namespace in atlassian-plugin.xml. */
    static final String NAMESPACE = "org.alliancecompact.confluence";

    protected DataSource database;

    protected abstract DataSource freshDatabase();

    @BeforeEach
    void openDatabase() {
        database = freshDatabase();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (database instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @Test
    void thePrefixIsAtlassiansDocumentedHashOfTheNamespace() {
        // the worked example of developer.atlassian.com's "How are database tables named?"
        assertThat(AoTablePrefix.of("com.atlassian.example.ao.myplugin").value())
                .isEqualTo("AO_28BE2D_");
        assertThat(AoTablePrefix.of(NAMESPACE).value()).matches("AO_[0-9A-F]{6}_");
    }

    @Test
    void tablesColumnsIndexesAndConstraintsAreNamedAsConfluenceNamesThem() throws SQLException {
        EmbeddedActiveObjects ao = EmbeddedActiveObjects.start(database);
        String prefix = ao.tablePrefix();
        assertThat(prefix).isEqualTo(AoTablePrefix.of(NAMESPACE).value());

        List<String> tables = tables(prefix);
        assertThat(tables)
                .containsExactlyInAnyOrder(
                        prefix + "MEMBER",
                        prefix + "EDITION",
                        prefix + "EDITION_DRAFT",
                        prefix + "SIGNATURE",
                        prefix + "WITHDRAWAL",
                        prefix + "WITHDRAWAL_SLOT",
                        prefix + "CATEGORY_CHANGE",
                        prefix + "SUPPORT_ASSIGNMENT",
                        prefix + "ENGAGEMENT_REPORT",
                        prefix + "FEE_PAYMENT",
                        prefix + "FEE_REVERSAL",
                        prefix + "STORE_VERSION");
        assertThat(columns(prefix + "CATEGORY_CHANGE"))
                .containsExactlyInAnyOrder(
                        "ID", "MEMBER_ID", "CATEGORY", "CRITERIA", "SET_BY", "SET_AT", "REASON", "NEXT_REVIEW");
        List<String> names = indexAndConstraintNames(prefix);
        assertThat(names)
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.length()).as(n).isLessThanOrEqualTo(30));
        assertThat(tables).allSatisfy(n -> assertThat(n.length()).as(n).isLessThanOrEqualTo(30));
        // AO's names: index_<table>_<column> and U_<table>_<column>, shortened with a hash past 30 characters
        assertThat(names).anyMatch(n -> n.toLowerCase().startsWith("index_" + prefix.toLowerCase()));
        assertThat(names).anyMatch(n -> n.toUpperCase().startsWith("U_" + prefix));
    }

    @Test
    void aoManagesOnlyTablesWithThePluginsPrefix() {
        AoTablePrefix prefix = AoTablePrefix.of(NAMESPACE);
        assertThat(prefix.owns(prefix.value() + "MEMBER", true)).isTrue();
        assertThat(prefix.owns(prefix.value().toLowerCase(java.util.Locale.ROOT) + "member", false))
                .isTrue();
        assertThat(prefix.owns(prefix.value().toLowerCase(java.util.Locale.ROOT) + "member", true))
                .isFalse();
        assertThat(prefix.owns("TABLES", false))
                .as("H2's INFORMATION_SCHEMA.TABLES")
                .isFalse();
        assertThat(prefix.owns("AO_000000_MEMBER", false))
                .as("another plugin's table")
                .isFalse();
        assertThat(prefix.owns(null, false)).isFalse();
    }

    @Test
    void tablesWithoutThePluginsPrefixAreLeftAlone() throws SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE HOST_TABLE (NAME VARCHAR(10))");
            s.execute("INSERT INTO HOST_TABLE (NAME) VALUES ('kept')");
        }
        EmbeddedActiveObjects.start(database);
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT NAME FROM HOST_TABLE")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void aTransactionIsOneDatabaseTransactionThatOthersSeeOnlyWhenCommittedAndNestedCallsJoin() throws Exception {
        EmbeddedActiveObjects ao = EmbeddedActiveObjects.start(database);
        String table = ao.tablePrefix() + "MEMBER";
        ao.executeInTransaction(() -> {
            create(ao, "inside");
            // a nested callback joins: its row is in the same transaction
            ao.executeInTransaction(() -> create(ao, "nested"));
            assertThat(ao.count(MemberEntity.class, Query.select())).isEqualTo(2);
            assertThat(countFromAnotherConnection(table))
                    .as("uncommitted rows are not seen")
                    .isZero();
            return null;
        });
        assertThat(countFromAnotherConnection(table)).isEqualTo(2);

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                    create(ao, "rolled-back");
                    ao.executeInTransaction(() -> create(ao, "rolled-back-too"));
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(countFromAnotherConnection(table)).isEqualTo(2);
        assertThat(ao.count(MemberEntity.class, Query.select())).isEqualTo(2);
    }

    @Test
    void upgradeTasksRunOnceInModelVersionOrderEachToldTheVersionBeforeIt() {
        EmbeddedActiveObjects ao = EmbeddedActiveObjects.open(database, NAMESPACE);
        ModelVersionStore versions = new ModelVersionStore(database, AoTablePrefix.of(NAMESPACE));
        List<String> ran = new ArrayList<>();
        List<ActiveObjectsUpgradeTask> tasks = List.of(task("2", ran), task("1", ran), task("10", ran));
        ao.upgrade(versions, tasks);
        assertThat(ran).containsExactly("1 from 0", "2 from 1", "10 from 2");
        assertThat(versions.current()).isEqualTo(ModelVersion.valueOf("10"));
        ao.upgrade(versions, tasks);
        assertThat(ran).hasSize(3);
    }

    @Test
    void startingTwiceRunsNoUpgradeAgainAndKeepsTheRows() {
        AoCompactStore first = Fixtures.storeOn(database);
        Fixtures.demoMembers().forEach(first::createMember);
        assertThat(new ModelVersionStore(database, AoTablePrefix.of(NAMESPACE)).current())
                .isEqualTo(ModelVersion.valueOf("3"));
        AoCompactStore again = Fixtures.storeOn(database);
        assertThat(again.members()).hasSize(7);
    }

    /**
     * An install at model version 2 (criteria NOT NULL, who-set-it 254 characters, title 450) upgrades to
     * version 3 keeping every row, and then takes what version 2 refused.
     */
    @Test
    void anInstallAtVersionTwoUpgradesKeepingItsRowsAndThenTakesNoCriteriaAndLongNames() {
        EmbeddedActiveObjects v2 = EmbeddedActiveObjects.open(database, NAMESPACE);
        List<Class<?>> entities = new ArrayList<>(SchemaVersion2UpgradeTask.ENTITIES);
        entities.remove(CategoryChangeEntity.class);
        entities.remove(org.alliancecompact.confluence.storage.ao.WithdrawalEntity.class);
        entities.remove(org.alliancecompact.confluence.storage.ao.EditionEntity.class);
        entities.add(VersionTwoEntities.CategoryChange.class);
        entities.add(VersionTwoEntities.Withdrawal.class);
        entities.add(VersionTwoEntities.Edition.class);
        migrate(v2, entities);
        new ModelVersionStore(database, AoTablePrefix.of(NAMESPACE)).update(ModelVersion.valueOf("2"));
        Map<String, Object> old = new HashMap<>();
        old.put("MEMBER_ID", "smithills");
        old.put("CATEGORY", "TARGETED");
        old.put("CRITERIA", "a,b");
        old.put("SET_BY", "coordinator@alliance.example");
        old.put("SET_AT", NOW.toString());
        old.put("REASON", "stored under version 2");
        old.put("NEXT_REVIEW", "2027-11-23");
        v2.create(VersionTwoEntities.CategoryChange.class, old);
        Map<String, Object> oldWithdrawal = new HashMap<>();
        oldWithdrawal.put("WITHDRAWAL_ID", "w-old");
        oldWithdrawal.put("MEMBER_ID", "smithills");
        oldWithdrawal.put("WITHDRAWN_AT", NOW.toString());
        oldWithdrawal.put("RECORDED_BY", "coordinator@alliance.example");
        v2.create(VersionTwoEntities.Withdrawal.class, oldWithdrawal);
        assertThatThrownBy(() -> {
                    Map<String, Object> empty = new HashMap<>(old);
                    empty.put("CRITERIA", "");
                    v2.create(VersionTwoEntities.CategoryChange.class, empty);
                })
                .hasMessageContaining("CRITERIA");

        AoCompactStore upgraded = Fixtures.storeOn(database);

        assertThat(new ModelVersionStore(database, AoTablePrefix.of(NAMESPACE)).current())
                .isEqualTo(ModelVersion.valueOf("3"));
        CategoryAssignment kept = new CategoryAssignment(
                "smithills",
                SupportCategory.TARGETED,
                Set.of("a", "b"),
                "coordinator@alliance.example",
                NOW,
                "stored under version 2",
                LocalDate.of(2027, 11, 23));
        assertThat(upgraded.registerHistory()).containsExactly(kept);
        assertThat(upgraded.withdrawals())
                .containsExactly(new Withdrawal("w-old", "smithills", NOW, "coordinator@alliance.example", null));
        CategoryAssignment none = new CategoryAssignment(
                "smithills",
                SupportCategory.UNIVERSAL,
                Set.of(),
                "x".repeat(300),
                NOW.plusSeconds(1),
                "no criteria",
                LocalDate.of(2027, 11, 24));
        upgraded.addCategoryAssignment(none);
        assertThat(upgraded.registerHistory()).containsExactly(kept, none);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void migrate(EmbeddedActiveObjects ao, List<Class<?>> entities) {
        ao.migrate(entities.toArray(new Class[0]));
    }

    private static ActiveObjectsUpgradeTask task(String version, List<String> ran) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion current, com.atlassian.activeobjects.external.ActiveObjects ao) {
                ran.add(version + " from " + current);
            }
        };
    }

    private static MemberEntity create(EmbeddedActiveObjects ao, String id) {
        Map<String, Object> row = new HashMap<>();
        row.put("MEMBER_ID", id);
        row.put("NAME", "School " + id);
        row.put("KIND", "SCHOOL");
        row.put("PHASE", "PRIMARY");
        row.put("STATE", "FULL");
        row.put("JOINED_ON", "2026-01-01");
        row.put("PEOPLE_JSON", "[]");
        return ao.create(MemberEntity.class, row);
    }

    private int countFromAnotherConnection(String table) {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> tables(String prefix) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = database.getConnection();
                ResultSet r = c.getMetaData().getTables(null, null, prefix + "%", new String[] {"TABLE"})) {
            while (r.next()) {
                out.add(r.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    private List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = database.getConnection();
                ResultSet r = c.getMetaData().getColumns(null, null, table, null)) {
            while (r.next()) {
                out.add(r.getString("COLUMN_NAME"));
            }
        }
        return out;
    }

    /**
     * The names of AO's indexes (from the JDBC metadata) and unique constraints (from the SQL-standard
     * information schema) on the plugin's tables; not the indexes a database makes behind a constraint.
     */
    private List<String> indexAndConstraintNames(String prefix) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            for (String table : tables(prefix)) {
                try (ResultSet r = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (r.next()) {
                        String name = r.getString("INDEX_NAME");
                        if (name != null
                                && name.toLowerCase(java.util.Locale.ROOT).startsWith("index_")) {
                            out.add(name);
                        }
                    }
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                            + " WHERE CONSTRAINT_TYPE = 'UNIQUE' AND TABLE_NAME LIKE '" + prefix + "%'")) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
