package org.alliancecompact.slack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecompact.slack.testkit.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void an_event_is_first_delivered_once_even_across_two_instances() {
        String schema = TestPostgres.newSchema();
        try (Database a = TestPostgres.open(schema);
                Database b = TestPostgres.open(schema)) {
            assertThat(new EventLog(a.jdbi()).firstDelivery("Ev1", NOW)).isTrue();
            assertThat(new EventLog(b.jdbi()).firstDelivery("Ev1", NOW)).isFalse();
            assertThat(new EventLog(a.jdbi()).firstDelivery("Ev2", NOW)).isTrue();
        }
    }

    @Test
    void a_nudge_is_sent_once_and_a_failed_send_leaves_no_trace() {
        try (Database db = TestPostgres.open()) {
            NudgeLog log = new NudgeLog(db.jdbi());
            AtomicInteger sends = new AtomicInteger();
            assertThatThrownBy(() -> log.sendOnce("k1", "U1", NOW, () -> {
                        throw new IllegalStateException("Slack down");
                    }))
                    .hasMessageContaining("Slack down");
            assertThat(log.wasSent("k1")).isFalse();
            assertThat(log.sendOnce("k1", "U1", NOW, sends::incrementAndGet)).isTrue();
            assertThat(log.sendOnce("k1", "U1", NOW, sends::incrementAndGet)).isFalse();
            assertThat(sends).hasValue(1);
        }
    }

    @Test
    void outbox_push_is_claimed_by_one_instance_and_retried_after_failure() {
        try (Database db = TestPostgres.open()) {
            Outbox outbox = new Outbox(db.jdbi());
            long id = db.jdbi().inTransaction(h -> outbox.enqueue(h, "POST", "/engagement", "{}", NOW));
            var due = outbox.due(NOW, 10);
            assertThat(due).extracting(Outbox.Push::id).containsExactly(id);
            assertThat(outbox.claim(due.get(0), NOW, Duration.ofMinutes(1))).isTrue();
            assertThat(outbox.claim(due.get(0), NOW, Duration.ofMinutes(1))).isFalse();
            assertThat(outbox.due(NOW, 10)).isEmpty();
            outbox.markFailed(id, "connection refused", NOW.plusSeconds(30));
            assertThat(outbox.due(NOW.plusSeconds(31), 10)).hasSize(1);
            outbox.markSent(id, NOW.plusSeconds(40));
            assertThat(outbox.pendingCount()).isZero();
        }
    }

    @Test
    void the_same_migrations_run_on_the_embedded_h2_default(@TempDir Path dir) {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("bot"), null, null, null)) {
            assertThat(db.isHealthy()).isTrue();
            assertThat(new EventLog(db.jdbi()).firstDelivery("E", NOW)).isTrue();
            assertThat(new EventLog(db.jdbi()).firstDelivery("E", NOW)).isFalse();
            NudgeLog log = new NudgeLog(db.jdbi());
            assertThat(log.sendOnce("k", "U", NOW, () -> {})).isTrue();
            assertThat(log.sendOnce("k", "U", NOW, () -> {})).isFalse();
        }
    }
}
