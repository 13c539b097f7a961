package org.alliancecompact.slack.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecompact.slack.store.Database;

/**
 * One real PostgreSQL per test JVM (starting one takes seconds), and a fresh schema for each caller so
 * tests never see each other's rows.
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private TestPostgres() {}

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    public static String jdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    /** A new, empty, migrated schema. */
    public static String newSchema() {
        return "t" + SCHEMAS.incrementAndGet() + "_" + ProcessHandle.current().pid();
    }

    /** Opens the database on a new schema. */
    public static Database open() {
        return open(newSchema());
    }

    /** Opens (again) a given schema: a second bot instance, or a restarted one. */
    public static Database open(String schema) {
        return Database.open(jdbcUrl(), "postgres", "postgres", schema);
    }
}
