package org.alliancecompact.confluence.preview.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.Transaction;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * {@link ActiveObjects} on the real Active Objects library's {@link EntityManager}, over a JDBC
 * {@link DataSource} (H2 or PostgreSQL): what Confluence's AO plugin gives the plugin, for the preview
 * server, the tests and the bench. Tables are named as Confluence names them ({@link AoTablePrefix},
 * {@link ConfluenceNameConverters}); AO manages only the tables with the plugin's prefix.
 *
 * <p>{@link #executeInTransaction} runs the callback in one database transaction on one connection,
 * which every AO call inside it shares (AO keeps it per thread); a callback inside another joins it, as
 * in Confluence, where the host's transaction template joins a running transaction. The isolation is READ
 * COMMITTED, Confluence's; AO's own default, SERIALIZABLE, would fail concurrent writers that Confluence
 * lets wait for the row lock instead. Outside a transaction each call commits on its own.
 *
 * <p>Errors: the library's checked {@link SQLException}s come out as {@link ActiveObjectsException} with
 * the {@code SQLException} as cause (the AO plugin wraps them the same way).
 */
public final class EmbeddedActiveObjects implements ActiveObjects {

    private final EntityManager entities;
    private final AoTablePrefix prefix;
    /** Whether this thread is inside {@link #executeInTransaction} (per instance: a test may hold two). */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    private EmbeddedActiveObjects(EntityManager entities, AoTablePrefix prefix) {
        this.entities = entities;
        this.prefix = prefix;
    }

    /**
     * Starts the plugin's Active Objects as Confluence does when the plugin is enabled: the {@code <ao>}
     * module of {@code atlassian-plugin.xml} names the namespace, entities and upgrade tasks; every upgrade
     * task newer than the stored model version runs in model-version order (each told the version before
     * it, the stored version moving on after each), then every entity of the module is migrated.
     *
     * @param dataSource an H2 or PostgreSQL database; the caller owns it (closing this does not close it)
     * @throws IllegalStateException when the descriptor names a class that is missing or an upgrade fails
     */
    public static EmbeddedActiveObjects start(DataSource dataSource) {
        AoModule module = AoModule.fromPluginDescriptor();
        EmbeddedActiveObjects ao = open(dataSource, module.namespace());
        ao.upgrade(new ModelVersionStore(dataSource, ao.prefix), module.upgradeTasks());
        ao.migrate(module.entities().toArray(new Class[0]));
        return ao;
    }

    /** The library over {@code dataSource} with Confluence's names, nothing migrated or upgraded yet. */
    static EmbeddedActiveObjects open(DataSource dataSource, String namespace) {
        AoTablePrefix prefix = AoTablePrefix.of(namespace);
        EntityManager manager = new EntityManager(provider(dataSource), new Configuration(prefix));
        return new EmbeddedActiveObjects(manager, prefix);
    }

    private static DatabaseProvider provider(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new ActiveObjectsException("cannot reach the database: " + e.getMessage(), e);
        }
        UnclosedDataSource ds = new UnclosedDataSource(dataSource);
        return switch (product) {
            case "H2" -> new H2DatabaseProvider(ds);
            case "PostgreSQL" -> new PostgreSQLDatabaseProvider(ds);
            default ->
                throw new IllegalArgumentException(
                        "the preview's Active Objects runs on H2 or PostgreSQL, not " + product);
        };
    }

    void upgrade(ModelVersionStore versions, List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> ordered = tasks.stream()
                .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion))
                .toList();
        for (ActiveObjectsUpgradeTask task : ordered) {
            ModelVersion current = versions.current();
            if (current.isOlderThan(task.getModelVersion())) {
                task.upgrade(current, this);
                versions.update(task.getModelVersion());
            }
        }
    }

    /** The prefix of this plugin's tables, such as {@code AO_A1B2C3_}. */
    public String tablePrefix() {
        return prefix.value();
    }

    /** The library's entity manager (for tests that look at the schema AO made). */
    EntityManager entityManager() {
        return entities;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        try {
            entities.migrate(types);
        } catch (SQLException e) {
            throw sqlFailure("migrate", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        try {
            return entities.create(type, params);
        } catch (SQLException e) {
            throw sqlFailure("create " + type.getSimpleName(), e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return entities.find(type, query);
        } catch (SQLException e) {
            throw sqlFailure("find " + type.getSimpleName(), e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        try {
            return entities.count(type, query);
        } catch (SQLException e) {
            throw sqlFailure("count " + type.getSimpleName(), e);
        }
    }

    @Override
    public void delete(RawEntity<?>... rows) {
        try {
            entities.delete(rows);
        } catch (SQLException e) {
            throw sqlFailure("delete", e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(true);
        try {
            return new Transaction<T>(entities) {
                @Override
                protected T run() throws SQLException {
                    // AO has just opened the transaction on this thread's connection, before any
                    // statement: lower its isolation to Confluence's (see the class comment).
                    getEntityManager()
                            .getProvider()
                            .getConnection()
                            .setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw sqlFailure("transaction", e);
        } finally {
            inTransaction.remove();
        }
    }

    private static ActiveObjectsException sqlFailure(String what, SQLException e) {
        return new ActiveObjectsException(what + " failed: " + e.getMessage(), e);
    }

    /** What AO's entity manager needs besides the database: Confluence's names, and only our tables. */
    private static final class Configuration implements EntityManagerConfiguration {
        private final NameConverters names;
        private final SchemaConfiguration ownTablesOnly;
        private final EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();

        Configuration(AoTablePrefix prefix) {
            this.names = new ConfluenceNameConverters(prefix);
            // AO reads every table the JDBC metadata lists before it migrates; on H2 that includes the
            // database's own system tables. Like the AO plugin, it may touch only the plugin's prefix.
            this.ownTablesOnly = prefix::owns;
        }

        @Override
        @Deprecated
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return ownTablesOnly;
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfo;
        }
    }
}
