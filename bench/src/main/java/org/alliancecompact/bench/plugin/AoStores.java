package org.alliancecompact.bench.plugin;

import javax.sql.DataSource;
import org.alliancecompact.confluence.storage.CompactStore;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The plugin's one store, {@code AoCompactStore}, on the real Active Objects library over H2 in memory,
 * through the same adapter the preview server uses ({@code preview.ao.EmbeddedActiveObjects}). Made by
 * reflection: the plugin's jar leaves that adapter out (inside Confluence the AO plugin plays its part),
 * and the {@code ActiveObjects} interface comes from the host, so neither is on the compile class path
 * when the reactor builds jars; {@code scripts/bench.sh} puts the plugin's and host API's classes
 * directories on the run-time class path, where they are.
 */
final class AoStores {
    private AoStores() {}

    static CompactStore inMemory(String db) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1");
        // pooled, as Confluence's own database connections are
        DataSource dataSource = JdbcConnectionPool.create(database);
        try {
            Object ao = Class.forName("org.alliancecompact.confluence.preview.ao.EmbeddedActiveObjects")
                    .getMethod("start", DataSource.class)
                    .invoke(null, dataSource);
            return (CompactStore) Class.forName("org.alliancecompact.confluence.storage.ao.AoCompactStore")
                    .getConstructor(Class.forName("com.atlassian.activeobjects.external.ActiveObjects"))
                    .newInstance(ao);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "the plugin's Active Objects adapter is not on the class path: run through scripts/bench.sh", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the plugin's Active Objects store: " + e, e);
        }
    }
}
