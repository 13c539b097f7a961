package org.alliancecompact.bench.plugin;

import javax.sql.DataSource;
import org.alliancecompact.confluence.storage.CompactStore;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The plugin's JDBC store (the one its preview server runs on), over H2 in memory. Made by reflection:
 * the plugin's jar leaves its JDBC store and migrations out (inside Confluence, Active Objects stores),
 * so they are not on the compile classpath when the reactor builds jars; {@code scripts/bench.sh} puts
 * the plugin's classes directory on the run-time classpath, where they are.
 */
final class JdbcStores {
    private JdbcStores() {}

    static CompactStore inMemory(String db) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1");
        // pooled, as Confluence's own database connections are
        DataSource dataSource = JdbcConnectionPool.create(database);
        try {
            return (CompactStore) Class.forName("org.alliancecompact.confluence.storage.jdbc.JdbcCompactStore")
                    .getConstructor(DataSource.class)
                    .newInstance(dataSource);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "the plugin's JDBC store is not on the classpath: run through scripts/bench.sh", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the plugin's JDBC store: " + e, e);
        }
    }
}
