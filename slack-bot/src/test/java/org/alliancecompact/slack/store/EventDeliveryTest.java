package org.alliancecompact.slack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work handed over by an event's listeners runs for its first delivery only, however much there is. */
class EventDeliveryTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void everyPieceOfWorkOfTheFirstDeliveryRunsAndNoneOfARedeliveryAndWorkOutsideEventsAlways(@TempDir Path dir)
            throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("bot"), null, null, null)) {
            EventLog events = new EventLog(db.jdbi());
            AtomicInteger ran = new AtomicInteger();
            List<Runnable> handedOver = new ArrayList<>();

            new EventDelivery("Ev1", NOW, events).during(() -> {
                handedOver.add(EventDelivery.onlyOnce(ran::incrementAndGet));
                handedOver.add(EventDelivery.onlyOnce(ran::incrementAndGet));
                return null;
            });
            // Slack's retry, possibly on another bot instance: same event id
            new EventDelivery("Ev1", NOW.plusSeconds(4), new EventLog(db.jdbi())).during(() -> {
                handedOver.add(EventDelivery.onlyOnce(ran::incrementAndGet));
                return null;
            });
            Runnable notFromAnEvent = EventDelivery.onlyOnce(ran::incrementAndGet);

            // nothing is written before the work runs (after the acknowledgement)
            assertThat(processed(db)).isZero();
            handedOver.forEach(Runnable::run);
            notFromAnEvent.run();

            assertThat(ran).hasValue(3);
            assertThat(processed(db)).isEqualTo(1);
        }
    }

    private static int processed(Database db) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("select count(*) from processed_events")
                        .mapTo(Integer.class)
                        .one());
    }
}
