package org.alliancecompact.slack.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.alliancecompact.slack.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class ConfluenceLatencyTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final ConfluenceLatency latency = new ConfluenceLatency(clock);

    @Test
    void quickAnswersAreNotSlow() {
        long call = latency.started();
        clock.advance(Duration.ofMillis(999));
        assertThat(latency.slow()).isFalse();
        latency.finished(call, true);
        assertThat(latency.slow()).isFalse();
    }

    @Test
    void aCallWaitingLongerThanASecondMakesConfluenceSlowAtOnce() {
        latency.started();
        clock.advance(Duration.ofMillis(1001));
        assertThat(latency.slow()).isTrue();
    }

    @Test
    void aSlowOrFailedCallIsRememberedUntilAQuickAnswerOrThirtySeconds() {
        long slow = latency.started();
        clock.advance(Duration.ofSeconds(10));
        latency.finished(slow, true);
        clock.advance(Duration.ofSeconds(29));
        assertThat(latency.slow()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(latency.slow()).isFalse();

        latency.finished(latency.started(), false); // unreachable
        assertThat(latency.slow()).isTrue();
        latency.finished(latency.started(), true); // and back
        assertThat(latency.slow()).isFalse();
    }
}
