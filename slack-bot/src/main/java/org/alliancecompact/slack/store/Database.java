package org.alliancecompact.slack.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The bot's database: a connection pool, the schema brought up to date by Flyway, and JDBI over it.
 * PostgreSQL in production; an H2 file in PostgreSQL mode for one machine. The migrations are written
 * in the SQL both understand, so one set serves both.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the pool and migrates. {@code schema} may be null (the database's default schema). */
    public static Database open(String url, String user, String password, String schema) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(h2InPostgresMode(url));
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        if (schema != null) {
            hc.setSchema(schema);
        }
        hc.setMaximumPoolSize(8);
        hc.setPoolName("alliance-bot");
        HikariDataSource ds = new HikariDataSource(hc);
        try {
            var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
            if (schema != null) {
                flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
            }
            flyway.load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds);
    }

    /**
     * H2 must speak PostgreSQL's dialect for the shared migrations and ON CONFLICT. It must also write
     * each commit to its file at once: by default it keeps commits in memory for up to half a second,
     * and a killed bot lost an RSVP it had already confirmed (system-tests' BotCrashTest).
     */
    static String h2InPostgresMode(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase();
        String h2 = upper.contains("MODE=")
                ? url
                : url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return upper.contains("WRITE_DELAY=") ? h2 : h2 + ";WRITE_DELAY=0";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** For {@code /healthz}: can we get a connection and run a query. */
    public boolean isHealthy() {
        try {
            return jdbi.withHandle(
                            h -> h.createQuery("select 1").mapTo(Integer.class).one())
                    == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
