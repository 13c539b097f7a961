package org.alliancecompact.confluence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh, empty databases for the store tests: H2 in memory (the preview's database), and real
 * PostgreSQL, where one embedded server serves the whole test run (starting one takes seconds) and every
 * caller gets a database of its own, so no test sees another's rows.
 */
public final class TestDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    /** A new, empty H2 database in memory (kept until the JVM ends). */
    public static DataSource freshH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /**
     * A new, empty database on the run's embedded PostgreSQL server, behind a small connection pool: close
     * it when done (the server allows 100 connections in all).
     */
    public static HikariDataSource freshPostgres() {
        EmbeddedPostgres server = postgres();
        String name = "store_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(server.getDatabase("postgres", name));
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(0);
        pool.setPoolName(name);
        return new HikariDataSource(pool);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
